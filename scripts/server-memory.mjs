// The production server's memory budget: 400 MB resident (issue 5). Left to
// itself, V8 sizes its heap from the machine's memory and lets garbage pile
// up (609 MB resident under search load on a 24 GiB machine). Resident
// memory is the heap plus about 170 MB of code, buffers and Prisma's query
// compiler; the live heap, about 70 MB after a full collection even with 20
// searches at once, leaves room under a 192 MB cap on the old generation.
// (Before lib/server/abort-reason-stacks.ts, renders leaked and this cap
// ended in an out-of-memory crash: the cap is no cure for a leak.)
const HEAP_LIMIT_MB = 192;

/** `env` with the heap cap added to NODE_OPTIONS, for `next start` only. */
export function withServerHeapLimit(env) {
  const options = env.NODE_OPTIONS ?? "";
  if (options.includes("--max-old-space-size")) return env;

  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${HEAP_LIMIT_MB}`.trim() };
}
