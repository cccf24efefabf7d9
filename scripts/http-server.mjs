// What the test run and the bench both need to start `next start`: a free
// port, and a wait until it answers.
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const START_TIMEOUT_MS = 60_000;

/** A port nothing listens on now, picked by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once `url` answers, whatever the status. Rejects when the server
 * exits first, when `stopIfAsked` throws (an interrupt), or after 60 s.
 */
export async function waitForHttp(url, { hasExited, stopIfAsked = () => {} }) {
  const deadline = Date.now() + START_TIMEOUT_MS;

  while (Date.now() < deadline) {
    stopIfAsked();
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
