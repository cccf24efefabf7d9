import { setImmediate as nextTurn } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/server/abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

// Aborts from a method, as React and Next.js do from an Immediate: the
// method's receiver is a frame of the reason's stack.
class Render {
  readonly payload = new Array(1_000).fill("page");

  finish(controller: AbortController) {
    controller.abort(new Error("This render completed"));
  }
}

/** Whether a finished render stays alive while its aborted controller does. */
function renderOutlivedBy(controller: AbortController): () => Promise<boolean> {
  const render = new WeakRef(new Render());
  render.deref()?.finish(controller);

  // A WeakRef holds its target until the current job ends: collect after it.
  return async () => {
    await nextTurn();
    collectGarbage();

    return render.deref() !== undefined;
  };
}

describe("releaseAbortReasonStacks", () => {
  it("is needed: an unread abort reason keeps the code that aborted alive", async () => {
    const controller = new AbortController();
    const isAlive = renderOutlivedBy(controller);

    expect(await isAlive()).toBe(true);
    expect(controller.signal.aborted).toBe(true);
  });

  it("lets the render go once its reason's stack is formatted, reason kept", async () => {
    releaseAbortReasonStacks();
    const controller = new AbortController();
    const isAlive = renderOutlivedBy(controller);

    expect(await isAlive()).toBe(false);
    expect(controller.signal.reason).toBeInstanceOf(Error);
    expect((controller.signal.reason as Error).stack).toContain("This render completed");
  });

  it("still aborts without a reason, with the standard AbortError", () => {
    releaseAbortReasonStacks();
    const controller = new AbortController();
    controller.abort();

    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as DOMException).name).toBe("AbortError");
  });
});
