// The database of a command-line task (admin:create, moderation:digest):
// DATABASE_URL when set; otherwise the embedded PGlite that `npm start` uses.
import { existsSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { startEmbeddedDb } from "./embedded-db.mjs";

const root = path.resolve(import.meta.dirname, "..");
export const EMBEDDED_DATA_DIR = path.join(root, ".data", "pglite");

export class MissingDatabase extends Error {}

function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const answer = (listening) => {
      socket.destroy();
      resolve(listening);
    };

    socket.once("connect", () => answer(true));
    socket.once("error", () => answer(false));
  });
}

/**
 * Resolves with the database's URL and a way to close it. While the site
 * runs, its embedded database is reached through the site's own socket: a
 * PGlite folder must never be opened by two processes at once.
 */
export async function openTaskDatabase(env = process.env) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };

  const port = Number(env.EMBEDDED_DB_PORT || 54329);
  if (await isListening(port)) {
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

    return { url, stop: async () => {} };
  }

  if (!existsSync(EMBEDDED_DATA_DIR)) {
    throw new MissingDatabase(
      "This command needs the site's database, and there is none yet.\n" +
        "- With the embedded database: run `npm start` once (it creates " +
        `${path.relative(root, EMBEDDED_DATA_DIR)}), then run this command again, ` +
        "with the site running or not.\n" +
        "- With your own PostgreSQL: set DATABASE_URL, e.g.\n" +
        "  DATABASE_URL=postgresql://user@127.0.0.1:5432/maroc_en_action npm run …",
    );
  }

  return startEmbeddedDb({ dataDir: EMBEDDED_DATA_DIR, port: 0 });
}
