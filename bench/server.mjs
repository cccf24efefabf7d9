// Builds the site into its own folder and serves it with `next start`.
import { openSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort, waitForHttp } from "../scripts/http-server.mjs";
import { bin } from "../scripts/run.mjs";
import { withServerHeapLimit } from "../scripts/server-memory.mjs";
import { sampleTreeMemory } from "./process-memory.mjs";
import { run, spawnTracked, throwIfInterrupted } from "./processes.mjs";

export const DIST_DIR = ".next-bench";

const STOP_TIMEOUT_MS = 10_000;

export function build(env) {
  return run(bin("next"), ["build"], { ...env, NEXT_DIST_DIR: DIST_DIR });
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
    await waitForHttp(url, { hasExited, stopIfAsked: throwIfInterrupted });
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, stop };
}
