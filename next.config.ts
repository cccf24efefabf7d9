import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { REQUEST_MAX_BYTES } from "./lib/images/limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // scripts/test.mjs builds into its own folder (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    globalNotFound: true,
    // Cached pages live in memory only: a restart, after the database may
    // have changed while the site was down, starts from fresh pages.
    isrFlushToDisk: false,
    // The initiative form carries up to 6 images of at most 5 MB each. The form
    // checks sizes first, so people see which image is too large; a body over
    // the limit anyway (no JavaScript) is sent to a page that explains it by
    // proxy.ts before Next.js reads it.
    serverActions: { bodySizeLimit: REQUEST_MAX_BYTES },
    // The proxy keeps a copy of each body; past this size it would cut the
    // copy the action reads (10 MB by default), breaking a valid form.
    proxyClientMaxBodySize: REQUEST_MAX_BYTES,
  },
  // Native or Node-only modules stay outside the server bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "pino", "@node-rs/argon2", "ioredis"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
