import { z } from "zod";

/** Addresses are stored and compared trimmed and in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailField = z
  .string()
  .trim()
  .max(254, { error: "emailTooLong" })
  .pipe(z.email({ error: "emailInvalid" }))
  .transform(normalizeEmail);
