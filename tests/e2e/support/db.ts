import pg from "pg";

/**
 * A connection to the test database (the one scripts/test.mjs made for this
 * run), for setting up what a browser test needs and reading what it left.
 */
export async function withDb<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must point at the test database (see scripts/test.mjs)");

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}
