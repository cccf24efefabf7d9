// Fills the database at DATABASE_URL with N synthetic published initiatives:
//   node --conditions=react-server --import tsx bench/fill/fill.ts N
// Run by bench/run.mjs on a scratch database that it migrated.
import pg from "pg";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/lib/seed/seed";
import { KEY_COLUMNS_SQL } from "../search-columns";
import { insertColumns } from "./insert";
import { seededRandom } from "./random";
import { initiativeTables, organisationTables, type Reference } from "./rows";
import { INITIATIVES_PER_ORGANISATION, makeInitiative, makeOrganisation } from "./synthetic";

const BATCH_SIZE = 2_000;
// The same data on every run of the same N (7 November 2016, COP22's first day).
const SEED = 20161107;

const count = z.coerce.number().int().min(1).max(1_000_000).parse(process.argv[2]);
const url = z.url().parse(process.env.DATABASE_URL);

async function insertTables(
  client: pg.Client,
  tables: Record<string, Parameters<typeof insertColumns>[2]>,
) {
  for (const [table, columns] of Object.entries(tables))
    await insertColumns(client, table, columns);
}

async function loadReference(client: pg.Client): Promise<Reference> {
  const regions = await client.query<Region>('SELECT * FROM "Region"');
  const themes = await client.query<Theme>('SELECT * FROM "Theme"');

  return {
    regionByCode: new Map(regions.rows.map((r) => [r.code, r])),
    themeBySlug: new Map(themes.rows.map((t) => [t.slug, t])),
  };
}

async function fill(client: pg.Client) {
  const random = seededRandom(SEED + count);
  const now = new Date();
  const reference = await loadReference(client);
  const organisations = Array.from(
    { length: Math.ceil(count / INITIATIVES_PER_ORGANISATION) },
    (_, i) => makeOrganisation(i, random),
  );

  for (let start = 0; start < organisations.length; start += BATCH_SIZE) {
    await insertTables(
      client,
      organisationTables(organisations.slice(start, start + BATCH_SIZE), now),
    );
  }

  for (let start = 0; start < count; start += BATCH_SIZE) {
    const batch = Array.from({ length: Math.min(BATCH_SIZE, count - start) }, (_, k) => {
      const index = start + k;
      const organisation = organisations[Math.floor(index / INITIATIVES_PER_ORGANISATION)];
      if (!organisation) throw new Error(`no organisation for initiative ${index}`);

      return makeInitiative(index, organisation, random, now.getTime());
    });
    await insertTables(client, initiativeTables(batch, reference, now));
  }

  await client.query(KEY_COLUMNS_SQL);
  // Fresh statistics, as autovacuum would have gathered on a live database.
  await client.query("ANALYZE");

  return organisations.length;
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
