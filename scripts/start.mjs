// `npm start`: database (embedded unless DATABASE_URL is set), migrations,
// seed, production build when the sources changed, then `next start`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { scheduleModerationDigest } from "./digest-schedule.mjs";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { prepareDatabase } from "./prepare-db.mjs";
import { bin, run } from "./run.mjs";
import { withServerHeapLimit } from "./server-memory.mjs";

const root = path.resolve(import.meta.dirname, "..");
const sources = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "global.d.ts",
];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;

  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;

  return readdirSync(full)
    .filter((name) => name !== "generated")
    .reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;

  const builtAt = statSync(buildId).mtimeMs;

  return sources.some((entry) => newestMtime(entry) > builtAt);
}

// Sessions must survive restarts, so a generated secret is kept with the data.
function authSecret() {
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();

  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });

  return secret;
}

async function main() {
  const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
  if (!env.AUTH_SECRET) env.AUTH_SECRET = authSecret();
  let embedded = null;

  if (!env.DATABASE_URL) {
    const dataDir = path.join(root, ".data", "pglite");
    embedded = await startEmbeddedDb({ dataDir, port: Number(env.EMBEDDED_DB_PORT ?? 54329) });
    env.DATABASE_URL = embedded.url;
    // PGlite runs one session for all its clients: one connection at a time.
    env.DATABASE_POOL_SIZE = "1";
    console.log(`Embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${dataDir}`);
  }

  await prepareDatabase(env);
  if (buildIsStale()) await run(bin("next"), ["build"], { env });

  const port = env.PORT ?? "3000";
  const server = spawn(bin("next"), ["start", "-p", port], {
    stdio: "inherit",
    env: withServerHeapLimit(env),
  });
  scheduleModerationDigest(env);

  let forwarded = null;
  const shutdown = (signal) => {
    forwarded = signal;
    server.kill(signal);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  server.on("exit", async (code, signal) => {
    await embedded?.stop();
    if (signal) {
      // Killed from outside (the OOM killer, say): say so, and do not report success.
      if (signal !== forwarded) console.error(`next start was stopped by ${signal}`);
      process.exit(128 + (constants.signals[signal] ?? 0));
    }
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
