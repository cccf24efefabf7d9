export function withServerHeapLimit<Env extends Record<string, string | undefined>>(
  env: Env,
): Env & { NODE_OPTIONS: string };
