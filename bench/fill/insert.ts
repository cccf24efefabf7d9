import type pg from "pg";

/** One column of a batch: its SQL type and a value per row. */
export type Column = { type: string; values: unknown[] };

/**
 * Inserts a whole batch in one statement, one array parameter per column
 * (INSERT ... SELECT FROM unnest): a few round trips for thousands of rows.
 * Table and column names come from this code, never from input.
 */
export async function insertColumns(
  client: pg.Client,
  table: string,
  columns: Record<string, Column>,
): Promise<void> {
  const entries = Object.entries(columns);
  if (entries.length === 0 || entries[0]?.[1].values.length === 0) return;

  const names = entries.map(([name]) => `"${name}"`).join(", ");
  const arrays = entries.map(([, column], i) => `$${i + 1}::${column.type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;

  await client.query(
    sql,
    entries.map(([, column]) => column.values),
  );
}

/** Columns from a list of rows, each row an object with the same keys. */
export function columnsOf<Row extends Record<string, unknown>>(
  rows: Row[],
  types: { [K in keyof Row]: string },
): Record<string, Column> {
  return Object.fromEntries(
    Object.entries(types).map(([name, type]) => [
      name,
      { type: type as string, values: rows.map((row) => row[name]) },
    ]),
  );
}
