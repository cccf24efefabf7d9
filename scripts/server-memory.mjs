// The production server's memory budget: 400 MB resident (issue 5). Left to
// itself, V8 sizes its heap from the machine's memory and lets garbage grow
// far past what the site keeps alive (over 600 MB under search load on a
// 24 GiB machine). A cap on the old generation makes it collect sooner; the
// rest of the budget is code, buffers and Prisma's query compiler.
const HEAP_LIMIT_MB = 256;

/** `env` with the heap cap added to NODE_OPTIONS, for `next start` only. */
export function withServerHeapLimit(env) {
  const options = env.NODE_OPTIONS ?? "";
  if (options.includes("--max-old-space-size")) return env;

  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${HEAP_LIMIT_MB}`.trim() };
}
