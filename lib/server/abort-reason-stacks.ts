// Works around a leak in Next.js 16.5 and React's server renderer
// (vercel/next.js#97434, react/react#37288). Each render ends by aborting
// signals with an Error as the reason. V8 keeps an Error's stack as frames
// until something reads `stack`, and a frame keeps its receiver: here the
// Immediate the abort ran in. Node.js leaves run Immediates linked to the
// others of their batch, each carrying the async context, and so the whole
// store, of its own render. One retained reason then kept every later render
// alive: the heap grew by 1 MB a second under search load until the server
// ran out of memory. Reading `stack` right after the abort turns the frames
// into a string, which holds nothing.
const PATCHED = Symbol.for("maroc-en-action.abort-reason-stacks");

type Patchable = typeof AbortController.prototype & { [PATCHED]?: true };

function formatStack(reason: unknown): void {
  if (reason instanceof Error) void reason.stack;
}

/** Makes every AbortController format its reason's stack as it aborts; once per process. */
export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as Patchable;
  if (prototype[PATCHED]) return;

  const abort = prototype.abort;
  prototype.abort = function abortAndFormat(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    formatStack(this.signal.reason);
  };
  prototype[PATCHED] = true;
}
