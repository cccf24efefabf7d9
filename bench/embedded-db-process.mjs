// An in-memory PGlite in a process of its own, so that its queries do not
// share the load generator's thread. Prints its URL, then serves until stopped.
import { startEmbeddedDb } from "../scripts/embedded-db.mjs";

const embedded = await startEmbeddedDb({ dataDir: "memory://", port: 0 });
process.stdout.write(`${embedded.url}\n`);

async function stop() {
  await embedded.stop();
  process.exit(0);
}

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
