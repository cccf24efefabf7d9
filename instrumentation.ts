// Runs once when the server starts, before it takes any request (Next.js).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { releaseAbortReasonStacks } = await import("@/lib/server/abort-reason-stacks");
  const { rememberStartupContext } = await import("@/lib/server/outside-requests");
  releaseAbortReasonStacks();
  rememberStartupContext();
}
