import { AsyncResource } from "node:async_hooks";

// A connection that outlives requests (the database pool's, Redis's) is opened
// when a request first needs one, and Node.js ties every socket and timer to
// the async context it was made in: each pooled connection then kept the
// request store of the page that opened it, and through it that page's
// render, which held others in turn. The live heap grew by about 1 MB a
// second under search load until the server ran out of memory. Opened in the
// server's start-up context instead, a connection holds no request.
const SCOPE = Symbol.for("maroc-en-action.outside-requests");

type WithScope = typeof globalThis & { [SCOPE]?: AsyncResource };

/** Remembers the start-up context; instrumentation.ts calls it before any request. */
export function rememberStartupContext(): void {
  (globalThis as WithScope)[SCOPE] ??= new AsyncResource("OutsideRequests");
}

/**
 * Runs `open` in the start-up context when the server has one (not in tests
 * or scripts, which have no requests), so that what it opens holds no request.
 */
export function outsideRequests<T>(open: () => T): T {
  const scope = (globalThis as WithScope)[SCOPE];

  return scope ? scope.runInAsyncScope(open) : open();
}
