import { randomUUID } from "node:crypto";
import pg from "pg";
import { purgePublicCache } from "./public-cache";

// Browser tests create their own initiatives straight in the test database
// (the one scripts/test.mjs made for this run) and remove them afterwards.

type Fixture = {
  slug: string;
  status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED";
  locale: "fr" | "ar" | "en";
  title: string;
  /** Normalised words the search finds it by (see lib/search/search-columns.ts). */
  searchTitle: string;
};

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must point at the test database (see scripts/test.mjs)");

  return url;
}

export async function withFixtures<T>(fixtures: Fixture[], body: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  const ids = fixtures.map(() => `e2e-${randomUUID()}`);

  try {
    const org = await client.query<{ id: string }>('SELECT id FROM "Organisation" LIMIT 1');
    for (const [i, f] of fixtures.entries()) {
      await client.query(
        `INSERT INTO "Initiative" (id, slug, "organisationId", status, "originalLocale",
           "searchTitle", "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, now(), now())`,
        [ids[i], f.slug, org.rows[0]?.id, f.status, f.locale, f.searchTitle],
      );
      await client.query(
        `INSERT INTO "InitiativeTranslation" ("initiativeId", locale, title, summary,
           description, "updatedAt") VALUES ($1, $2, $3, $3, $3, now())`,
        [ids[i], f.locale, f.title],
      );
    }
    await purgePublicCache();

    return await body();
  } finally {
    await client.query('DELETE FROM "Initiative" WHERE id = ANY($1)', [ids]);
    await client.end();
    await purgePublicCache();
  }
}
