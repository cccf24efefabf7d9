// A throw-away database on a local PostgreSQL server, for `npm test` and
// `npm run bench`: both create one per run and drop it at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export async function withClient(url, action) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();

  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Refuses a server that is not on this machine: databases there are not ours to drop. */
export function assertLocalServer(serverUrl) {
  const { hostname } = new URL(serverUrl);
  if (LOCAL_HOSTS.has(hostname)) return;

  throw new Error(
    `DATABASE_URL points at ${hostname}; this creates and drops databases, so it ` +
      "only runs against 127.0.0.1, localhost or ::1.",
  );
}

/**
 * Creates `<prefix>_<time>_<random>` on the server of `serverUrl`, which must
 * be on this machine. Returns its URL and a function that drops it.
 */
export async function createScratchDatabase(serverUrl, prefix) {
  assertLocalServer(serverUrl);
  const url = new URL(serverUrl);

  // Only digits, lower-case letters and underscores: safe to quote into SQL.
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  url.pathname = `/${name}`;

  const dropSql = `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;
  const drop = () => withClient(serverUrl, (client) => client.query(dropSql));

  return { name, url: url.toString(), drop };
}
