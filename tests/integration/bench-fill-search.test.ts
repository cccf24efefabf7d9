import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { insertAll, type FillPlan } from "@/bench/fill/insert-all";
import { seededRandom } from "@/bench/fill/random";
import { insertWithSearchBuiltAfter } from "@/bench/fill/search-bulk";

// Both fills make the same data; ids are random, so rows are matched by slug
// and facet groups by what they hold.
const ENTRIES_SQL = `
  SELECT i.slug, s."publishedAt", s."titleVector"::text AS "titleVector",
    s."headVector"::text AS "headVector", s."searchVector"::text AS "searchVector",
    g."regionCodes", g."themeSlugs"
  FROM "InitiativeSearch" s
  JOIN "Initiative" i ON i.id = s."initiativeId"
  JOIN "SearchFacetGroup" g ON g.id = s."facetGroup"
  ORDER BY i.slug`;
const WORDS_SQL = `SELECT word, initiatives FROM "SearchWord" ORDER BY word`;
const TRIGGERS_SQL = `
  SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
  WHERE tgrelid = '"Initiative"'::regclass AND NOT tgisinternal ORDER BY tgname`;

type Insert = (client: pg.Client, fill: () => Promise<number>) => Promise<number>;

const plan = (): FillPlan => ({
  count: 300,
  random: seededRandom(300),
  now: new Date("2026-12-05T10:00:00.000Z"),
});

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

// The search tables after a fill, which is then rolled back: the shared test
// database keeps none of it.
async function searchAfterFill(insert: Insert) {
  await client.query("BEGIN");
  try {
    await insert(client, () => insertAll(client, plan()));

    return {
      entries: (await client.query(ENTRIES_SQL)).rows,
      words: (await client.query(WORDS_SQL)).rows,
      triggers: (await client.query(TRIGGERS_SQL)).rows,
    };
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("bench fill with the search built after the inserts", () => {
  test("gives the search entries and words that the site's triggers give", async () => {
    const entriesBefore = (await client.query(ENTRIES_SQL)).rows;
    const wordsBefore = (await client.query(WORDS_SQL)).rows;

    const byTriggers = await searchAfterFill((_, fill) => fill());
    const inBulk = await searchAfterFill(insertWithSearchBuiltAfter);

    expect(byTriggers.entries).toHaveLength(entriesBefore.length + 300);
    expect(byTriggers.words).not.toEqual(wordsBefore);
    expect(inBulk.entries).toEqual(byTriggers.entries);
    expect(inBulk.words).toEqual(byTriggers.words);
  }, 120_000);

  test("turns the search triggers back on", async () => {
    const { triggers } = await searchAfterFill(insertWithSearchBuiltAfter);

    expect(triggers).toEqual([
      { name: "Initiative_search_entries_insert", enabled: "O" },
      { name: "Initiative_search_entries_update", enabled: "O" },
    ]);
  }, 120_000);
});
