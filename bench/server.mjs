// Builds the site into its own folder and serves it with `next start`.
import { openSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { bin } from "../scripts/run.mjs";
import { withServerHeapLimit } from "../scripts/server-memory.mjs";
import { sampleTreeMemory } from "./process-memory.mjs";
import { run, spawnTracked, throwIfInterrupted } from "./processes.mjs";

export const DIST_DIR = ".next-bench";

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export function build(env) {
  return run(bin("next"), ["build"], { ...env, NEXT_DIST_DIR: DIST_DIR });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, hasExited) {
  const deadline = Date.now() + START_TIMEOUT_MS;

  while (Date.now() < deadline) {
    throwIfInterrupted();
    if (hasExited()) throw new Error("next start exited before answering");
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });

      return;
    } catch {
      await sleep(250);
    }
  }

  throw new Error(`${url} did not answer within ${START_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts the built site in its own process group (stopped as a whole), its
 * output in `logFile`, and samples the group's memory from the start.
 */
export async function startServer(env, logFile) {
  const port = await freePort();
  // As scripts/test.mjs: Next.js treats every loopback host as localhost.
  const url = `http://localhost:${port}`;
  const output = openSync(logFile, "a");
  const server = spawnTracked(bin("next"), ["start", "-H", "localhost", "-p", `${port}`], {
    env: withServerHeapLimit({ ...env, NEXT_DIST_DIR: DIST_DIR }),
    stdio: ["ignore", output, output],
    detached: true,
  });
  const memory = sampleTreeMemory(server.pid);
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const hasExited = () => server.exitCode !== null || server.signalCode !== null;

  async function stop() {
    const peakBytes = memory.stop();
    if (hasExited()) return peakBytes;

    process.kill(-server.pid, "SIGTERM");
    const timer = sleep(STOP_TIMEOUT_MS).then(() => "timeout");
    if ((await Promise.race([exited, timer])) === "timeout") process.kill(-server.pid, "SIGKILL");

    return peakBytes;
  }

  try {
    await waitForHttp(url, hasExited);
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, stop };
}
