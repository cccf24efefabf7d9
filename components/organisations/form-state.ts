import type { FormState } from "@/lib/actions/result";

export type FormValues = Record<string, string | string[]>;

/** What a field shows: what was just sent if the server refused it, else the saved value. */
export function valuesToShow(state: FormState, saved: FormValues): FormValues {
  return state && !state.ok ? state.values : saved;
}

export function textValue(values: FormValues, name: string): string {
  const value = values[name];

  return typeof value === "string" ? value : "";
}

export function listValue(values: FormValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value;

  return typeof value === "string" ? [value] : [];
}

/** An input id from a field path: "translations.ar.name" gives "…-translations-ar-name". */
export function controlId(formId: string, path: string): string {
  return `${formId}-${path.replace(/\./g, "-")}`;
}
