import { afterAll, inject } from "vitest";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const url = process.env.DATABASE_URL;

if (!url) {
  throw new Error(
    "Integration tests need DATABASE_URL pointing at a migrated and seeded local " +
      "database. Run `npm test`, which creates one and drops it afterwards.",
  );
}

if (!LOCAL_HOSTS.has(new URL(url).hostname)) {
  throw new Error(`Integration tests refuse a database that is not local: ${new URL(url).host}`);
}

// Mails sent by the code under test go to the run's SMTP server on loopback
// (support/mail-server.ts); lib/env.ts reads this when first imported.
process.env.SMTP_URL = inject("smtpUrl");
process.env.MAIL_READER_URL = inject("mailReaderUrl");
process.env.UPLOAD_DIR ??= `.data/test-uploads-vitest-${process.pid}`;

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  const { vectorDb } = await import("@/lib/search/vector-db");

  await Promise.all([db.$disconnect(), vectorDb?.$disconnect()]);
});
