// Fills the database at DATABASE_URL with N synthetic published initiatives:
//   node --conditions=react-server --import tsx bench/fill/fill.ts N
// Run by bench/run.mjs on a scratch database that it migrated.
import pg from "pg";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { seedReferenceData } from "@/lib/seed/seed";
import { insertAll } from "./insert-all";
import { seededRandom } from "./random";
import { insertWithSearchBuiltAfter } from "./search-bulk";

// The same data on every run of the same N (7 November 2016, COP22's first day).
const SEED = 20161107;

const count = z.coerce.number().int().min(1).max(1_000_000).parse(process.argv[2]);
const url = z.url().parse(process.env.DATABASE_URL);

async function inTransaction<T>(client: pg.Client, action: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await action();
    await client.query("COMMIT");

    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function fill(client: pg.Client) {
  const plan = { count, random: seededRandom(SEED + count), now: new Date() };
  const organisations = await inTransaction(client, () =>
    insertWithSearchBuiltAfter(client, () => insertAll(client, plan)),
  );

  // Fresh statistics, as autovacuum would have gathered on a live database.
  await client.query("ANALYZE");

  return organisations;
}

async function main() {
  const started = performance.now();
  await seedReferenceData(db);
  await db.$disconnect();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const organisations = await fill(client);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[bench] filled ${count} initiatives, ${organisations} organisations in ${seconds} s`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
