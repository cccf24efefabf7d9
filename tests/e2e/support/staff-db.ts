import type pg from "pg";
import { withDb } from "./db";

// Straight to the test database (the one scripts/test.mjs made for this run),
// as tests/e2e/support/accounts.ts does for accounts.

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
  return withDb(async (client) => (await client.query<T>(sql, values)).rows);
}

/** Gives an account the admin role, as `npm run admin:create` would. */
export async function makeAdmin(email: string): Promise<void> {
  await query(`UPDATE "User" SET role = 'ADMIN', "updatedAt" = now() WHERE email = $1`, [email]);
}

export async function roleOf(email: string): Promise<string | undefined> {
  const rows = await query<{ role: string }>('SELECT role FROM "User" WHERE email = $1', [email]);

  return rows[0]?.role;
}

/** The reports stored for the initiative with this slug. */
export async function reportsOn(slug: string) {
  return query<{ reasonCode: string; text: string; locale: string }>(
    `SELECT r."reasonCode", r.text, r.locale FROM "Report" r
       JOIN "Initiative" i ON i.id = r."initiativeId" WHERE i.slug = $1`,
    [slug],
  );
}
