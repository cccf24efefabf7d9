import type pg from "pg";
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { KEY_COLUMNS_SQL } from "../search-columns";
import { insertColumns } from "./insert";
import { mapTurning } from "./map-turning";
import type { Random } from "./random";
import { initiativeRow, initiativeTables, organisationTables, type Reference } from "./rows";
import {
  INITIATIVES_PER_ORGANISATION,
  makeInitiative,
  makeOrganisation,
  type SyntheticOrganisation,
} from "./synthetic";

const BATCH_SIZE = 2_000;

type Tables = ReturnType<typeof organisationTables>;

type Batches = {
  organisations: SyntheticOrganisation[];
  reference: Reference;
  random: Random;
  now: Date;
};

async function insertTables(client: pg.Client, tables: Tables) {
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

// Initiatives start to start + size: made in order, so the same seed always
// gives the same data.
async function initiativeBatch(start: number, size: number, batches: Batches) {
  const { organisations, reference, random, now } = batches;
  const items = Array.from({ length: size }, (_, k) => {
    const index = start + k;
    const organisation = organisations[Math.floor(index / INITIATIVES_PER_ORGANISATION)];
    if (!organisation) throw new Error(`no organisation for initiative ${index}`);

    return makeInitiative(index, organisation, random, now.getTime());
  });
  const rows = await mapTurning(items, (item) => initiativeRow(item, reference, now));

  return initiativeTables(items, rows, now);
}

// Each batch is made while the database writes the one before, so that
// Node.js and PostgreSQL each keep a core busy.
async function insertInitiatives(client: pg.Client, count: number, batches: Batches) {
  const batchAt = (start: number) =>
    initiativeBatch(start, Math.min(BATCH_SIZE, count - start), batches);

  let tables = await batchAt(0);
  for (let start = BATCH_SIZE; start < count; start += BATCH_SIZE) {
    [, tables] = await Promise.all([insertTables(client, tables), batchAt(start)]);
  }
  await insertTables(client, tables);
}

/** How many initiatives, from which generator, and the time they are written at. */
export type FillPlan = { count: number; random: Random; now: Date };

/**
 * Inserts `count` synthetic published initiatives and their organisations,
 * then sets the initiatives' region and theme keys. Returns how many
 * organisations it made.
 */
export async function insertAll(client: pg.Client, { count, random, now }: FillPlan) {
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
  await insertInitiatives(client, count, { organisations, reference, random, now });
  await client.query(KEY_COLUMNS_SQL);

  return organisations.length;
}
