import { defineConfig } from "@playwright/test";

// `npm test` builds the app, starts it and passes its address in BASE_URL.
const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

// Specs that publish initiatives of their own.
const PUBLISHING = /(publication|public-cache|moderation-[\w-]+|search-highlight)\.spec\.ts/;
const FIXTURES = /(moderation-[\w-]+|search-highlight)\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2,
  retries: 0,
  reporter: "list",
  projects: [
    { name: "public", testIgnore: PUBLISHING },
    // These tests publish and unpublish initiatives, which would shift the
    // counts and pages that the public project compares, so they run after it.
    { name: "fixtures", testMatch: FIXTURES, dependencies: ["public"] },
    // It compares the directory's whole total, which the moderation tests
    // move as they publish: it runs alone, last.
    { name: "publication", testMatch: /publication\.spec\.ts/, dependencies: ["fixtures"] },
    // It checks that pages come from the cache before a decision; the purges of
    // tests that write to the database directly would hide that: it runs alone.
    { name: "cache", testMatch: /public-cache\.spec\.ts/, dependencies: ["publication"] },
  ],
  use: {
    baseURL,
    browserName: "chromium",
    trace: "off",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download fails without internet.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
