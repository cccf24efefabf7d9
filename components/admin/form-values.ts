import type { FormState } from "@/lib/actions/result";

/** What was typed in a refused form, to show it again. */
export function echoed(state: FormState, name: string): string[] | undefined {
  if (!state || state.ok || !(name in state.values)) return undefined;

  const value = state.values[name];

  return typeof value === "string" ? [value] : value;
}
