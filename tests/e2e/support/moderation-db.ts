import { randomUUID } from "node:crypto";
import { withDb } from "./db";

// Initiatives waiting for review, written straight into the test database
// (the one scripts/test.mjs made for this run). Decisions are append-only and
// keep them; the database is dropped when the run ends.

/** A new French initiative in Marrakech-Safi, sent for review by an organisation of its own. */
export async function pendingSubmission(title: string) {
  const id = `e2e-${randomUUID()}`;
  const organisationId = `e2e-${randomUUID()}`;
  const slug = `e2e-${randomUUID().slice(0, 12)}`;

  await withDb(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, "originalLocale", kind, "updatedAt")
       VALUES ($1, $2, $3, 'fr', 'ASSOCIATION', now())`,
      [organisationId, `${slug}-org`, `Association ${title}`],
    );
    await client.query(
      `INSERT INTO "Initiative" (id, slug, "organisationId", status, "originalLocale",
         "regionCode", "regionCodes", "searchTitle", "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, 'PENDING_REVIEW', 'fr', 'MA-07', '{MA-07}', $4, now(), now())`,
      [id, slug, organisationId, title.toLowerCase()],
    );
    await client.query(
      `INSERT INTO "InitiativeTranslation" ("initiativeId", locale, title, summary, description,
         "updatedAt") VALUES ($1, 'fr', $2, 'Un potager partagé.', 'Chaque samedi.', now())`,
      [id, title],
    );
    await client.query(
      `INSERT INTO "InitiativeRegion" ("initiativeId", "regionCode", "updatedAt")
       VALUES ($1, 'MA-07', now())`,
      [id],
    );
  });

  return { id, slug };
}

export async function statusOf(initiativeId: string): Promise<string | undefined> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ status: string }>(
      'SELECT status FROM "Initiative" WHERE id = $1',
      [initiativeId],
    );

    return rows[0]?.status;
  });
}

export async function decisionCount(initiativeId: string): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM "ModerationDecision" WHERE "initiativeId" = $1',
      [initiativeId],
    );

    return rows[0]?.count ?? 0;
  });
}
