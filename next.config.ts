import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
    // The initiative form carries up to 6 images of at most 5 MB each. A larger
    // body is refused before the action runs; the form checks sizes first, so
    // people see which image is too large instead of a failed request.
    serverActions: { bodySizeLimit: "32mb" },
  },
  // Native or Node-only modules stay outside the server bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "pino", "@node-rs/argon2", "ioredis"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
