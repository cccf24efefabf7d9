// `npm test`: a real PostgreSQL; each run makes and drops its own database.
// Then migrations and seed, Vitest, a production build, and Playwright against
// `next start`. Every step is timed; cleanup runs on failure and on Ctrl-C.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { constants } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { prepareDatabase } from "./prepare-db.mjs";
import { createScratchDatabase } from "./scratch-database.mjs";
import { startMailCatcher } from "../tests/support/mail-catcher.mjs";
import { freePort, waitForHttp } from "./http-server.mjs";
import { bin } from "./run.mjs";
import { withServerHeapLimit } from "./server-memory.mjs";

const SERVER_STOP_TIMEOUT_MS = 10_000;

// Each running child, with the pid to signal: a negative pid means its whole group.
const children = new Map();
let interrupted = null;

function log(line) {
  console.log(`[npm test] ${line}`);
}

function spawnTracked(command, args, env, options = {}) {
  const child = spawn(command, args, { stdio: "inherit", env, ...options });
  children.set(child, options.detached ? -child.pid : child.pid);
  child.once("exit", () => children.delete(child));

  return child;
}

function exec(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, env);

    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

async function step(name, action, { evenIfInterrupted = false } = {}) {
  if (interrupted && !evenIfInterrupted) throw new Error("Interrupted");

  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const result = await action();
    log(`ok     ${name} (${elapsed()})`);

    return result;
  } catch (error) {
    log(`FAILED ${name} (${elapsed()})`);
    throw error;
  }
}

async function createLocalDatabase(serverUrl) {
  const database = await createScratchDatabase(serverUrl, "mea_test");
  log(`database ${database.name} on ${new URL(database.url).host}`);

  return { ...database, dropStep: `drop database ${database.name}` };
}

async function startEmbeddedDatabase() {
  const embedded = await startEmbeddedDb({ dataDir: "memory://", port: 0 });
  log(`embedded PostgreSQL (PGlite, in memory) at ${embedded.url}`);

  // PGlite runs one session for all its clients: one connection at a time.
  return { url: embedded.url, poolSize: "1", drop: embedded.stop, dropStep: "stop PGlite" };
}

async function startServer(env) {
  const port = await freePort();
  // "localhost", not 127.0.0.1: Next.js shows the proxy every loopback host as
  // localhost, and treats a rewrite to a host other than the one it was started
  // with as a request to an external server.
  const url = `http://localhost:${port}`;
  // Its own process group, so stopping it also stops any worker it forks.
  const args = ["start", "-H", "localhost", "-p", `${port}`];
  // The same heap cap as `npm start`: the tests run the server as it is deployed.
  const server = spawnTracked(bin("next"), args, withServerHeapLimit(env), { detached: true });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const hasExited = () => server.exitCode !== null || server.signalCode !== null;

  async function stop() {
    if (hasExited()) return;

    process.kill(-server.pid, "SIGTERM");

    const timer = sleep(SERVER_STOP_TIMEOUT_MS).then(() => "timeout");
    if ((await Promise.race([exited, timer])) === "timeout") process.kill(-server.pid, "SIGKILL");
  }

  try {
    await waitForHttp(url, {
      hasExited,
      stopIfAsked: () => {
        if (interrupted) throw new Error("Interrupted");
      },
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, stop };
}

function onSignal(signal) {
  const force = interrupted !== null;
  interrupted = signal;
  log(`${signal}: stopping${force ? " at once" : ""}, then dropping the test database`);

  for (const target of children.values()) {
    try {
      process.kill(target, force ? "SIGKILL" : "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

async function main() {
  // The test build goes to its own folder, so a site started with `npm start`
  // from this checkout keeps serving its own build meanwhile.
  const env = {
    ...process.env,
    NEXT_DIST_DIR: ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Browser tests that write to the database directly drop the page cache
    // with it afterwards (tests/e2e/support/public-cache.ts).
    CACHE_PURGE_TOKEN: randomBytes(32).toString("base64url"),
    // Uploads of this run go to a folder of their own.
    UPLOAD_DIR: `.data/test-uploads-${process.pid}`,
  };
  const database = await step("database", () =>
    env.DATABASE_URL ? createLocalDatabase(env.DATABASE_URL) : startEmbeddedDatabase(),
  );

  try {
    env.DATABASE_URL = database.url;
    if (database.poolSize) env.DATABASE_POOL_SIZE = database.poolSize;
    await step("migrate and seed", () => prepareDatabase(env));
    await step("vitest", () => exec(bin("vitest"), ["run"], env));
    await step("next build", () => exec(bin("next"), ["build"], env));

    // Mails from the site go to a real SMTP server on loopback; the browser
    // tests read them back from it.
    const mail = await step("smtp server", () => startMailCatcher({ http: true }));
    const serverEnv = {
      ...env,
      SMTP_URL: mail.smtpUrl,
      MAIL_FROM: "Maroc en Action <test@localhost>",
    };
    try {
      const server = await step("next start", () => startServer(serverEnv));
      try {
        const e2eEnv = { ...serverEnv, BASE_URL: server.url, MAIL_READER_URL: mail.readerUrl };
        await step("playwright", () => exec(bin("playwright"), ["test"], e2eEnv));
      } finally {
        await server.stop();
      }
    } finally {
      await mail.stop();
    }
  } finally {
    await step(database.dropStep, database.drop, { evenIfInterrupted: true });
    await rm(env.UPLOAD_DIR, { recursive: true, force: true });
  }
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

const runStarted = performance.now();
let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`[npm test] ${error.message}`);
  exitCode = interrupted ? 128 + constants.signals[interrupted] : 1;
}
const total = ((performance.now() - runStarted) / 1000).toFixed(1);
log(`${exitCode === 0 ? "passed" : "failed"} in ${total} s`);
// A pool or socket left open by a failed step must not keep the run alive.
process.exit(exitCode);
