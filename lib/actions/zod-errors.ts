import type { z } from "zod";

/**
 * The first issue of each field, as a message key: schemas name their errors
 * with keys of the FormErrors namespace (e.g. "emailInvalid"). Nested paths
 * are joined with dots, as in "translations.ar.title".
 */
export function fieldErrorKeys(error: z.ZodError): Record<string, string> {
  const keys: Record<string, string> = {};

  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    keys[field] ??= issue.message;
  }

  return keys;
}
