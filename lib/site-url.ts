import "server-only";
import { env } from "./env";

/** The public origin, for canonical URLs; local default for a fresh machine. */
export function siteUrl(): string {
  return env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
