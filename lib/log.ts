import "server-only";
import pino from "pino";

// One JSON line per event on stdout. Never log passwords, tokens, session ids
// or whole email addresses: see maskEmail.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "maroc-en-action" },
  redact: { paths: ["password", "token", "*.password", "*.token"], censor: "[hidden]" },
});

/** "amina@example.org" → "a***@example.org": enough to tell mails apart. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");

  return `${local.slice(0, 1)}***@${domain}`;
}
