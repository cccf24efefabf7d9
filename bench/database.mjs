// Where the bench's scratch database lives: DATABASE_URL's server (local
// only), else a PostgreSQL at 127.0.0.1:5432, else an embedded PGlite.
import { once } from "node:events";
import { createInterface } from "node:readline";
import {
  assertLocalServer,
  createScratchDatabase,
  withClient,
} from "../scripts/scratch-database.mjs";
import { spawnTracked } from "./processes.mjs";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable(url) {
  try {
    await withClient(`${url}?connect_timeout=2`, (client) => client.query("SELECT 1"));

    return true;
  } catch {
    return false;
  }
}

async function serverVersion(url) {
  const { rows } = await withClient(url, (client) => client.query("SHOW server_version"));

  return rows[0]?.server_version ?? "unknown";
}

function postgresServer(serverUrl, version) {
  const host = new URL(serverUrl).host;

  return {
    description: `PostgreSQL ${version} at ${host}`,
    create: () => createScratchDatabase(serverUrl, "mea_bench"),
  };
}

async function startEmbedded() {
  const child = spawnTracked(process.execPath, ["bench/embedded-db-process.mjs"], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const [url] = await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(() => Promise.reject(new Error("PGlite exited at start"))),
  ]);

  async function drop() {
    child.kill("SIGTERM");
    if (child.exitCode === null) await once(child, "exit");
  }

  // PGlite runs one session for all its clients: one connection at a time.
  return { name: "PGlite (in memory)", url, poolSize: "1", drop };
}

/** Picks the database server, once per bench run. */
export async function chooseDatabaseServer() {
  const given = process.env.DATABASE_URL;
  if (given) {
    assertLocalServer(given);

    return postgresServer(given, await serverVersion(given));
  }
  if (await reachable(LOCAL_SERVER)) {
    return postgresServer(LOCAL_SERVER, await serverVersion(LOCAL_SERVER));
  }

  return { description: "embedded PGlite (PostgreSQL 18 in WebAssembly)", create: startEmbedded };
}
