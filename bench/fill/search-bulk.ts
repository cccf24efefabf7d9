import type pg from "pg";

// Initiative's triggers from migration 20261205100000_search. On during the
// fill, the statement that sets the key columns after the inserts rewrites
// every search entry, and the vocabulary trigger then pairs old and new
// entries by a nested loop, its plan cached in the session from the empty
// updates of the inserts' ON CONFLICT: minutes at N = 10,000.
const ENTRY_TRIGGERS = ["Initiative_search_entries_insert", "Initiative_search_entries_update"];

const entryTriggersSql = (action: "DISABLE" | "ENABLE") =>
  `ALTER TABLE "Initiative" ` +
  ENTRY_TRIGGERS.map((name) => `${action} TRIGGER "${name}"`).join(", ");

// The migration's own function, once over every initiative: one INSERT for
// the facet groups and one for the entries, whose statement trigger on
// InitiativeSearch then counts all their words into SearchWord in one pass.
const ALL_ENTRIES_SQL = `SELECT public.search_entries_sync(ARRAY(SELECT id FROM "Initiative"))`;

/**
 * Runs `insert` with Initiative's search triggers off, then builds the search
 * entries, facet groups and vocabulary of every initiative at once, and turns
 * the triggers back on. Call it inside a transaction: no other session then
 * sees the triggers off, and a failure leaves them on. Foreign keys and every
 * other trigger stay on throughout.
 */
export async function insertWithSearchBuiltAfter<T>(
  client: pg.Client,
  insert: () => Promise<T>,
): Promise<T> {
  await client.query(entryTriggersSql("DISABLE"));
  const result = await insert();

  await client.query(ALL_ENTRIES_SQL);
  await client.query(entryTriggersSql("ENABLE"));

  return result;
}
