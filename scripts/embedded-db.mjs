// Embedded PostgreSQL (PGlite, compiled to WebAssembly) served over TCP, for
// machines with no DATABASE_URL. One PGlite instance is one database.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Starts PGlite on 127.0.0.1. `dataDir` is a folder (kept across restarts) or
 * "memory://" for a throw-away instance. Port 0 picks a free port.
 */
export async function startEmbeddedDb({ dataDir, port = 0 }) {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });

  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
  await server.start();

  const address = server.getServerConn();
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;

  async function stop() {
    await server.stop();
    await db.close();
  }

  return { url, stop };
}
