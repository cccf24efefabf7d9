import { z } from "zod";
import { INITIATIVE_LIMITS as LIMITS } from "./form-limits";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;

/** Trimmed text of at most `max` characters; blank is "". */
export function text(max: number, tooLong: string) {
  return z.string({ error: "invalid" }).trim().max(max, { error: tooLong });
}

function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;

  const date = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A YYYY-MM-DD date as date inputs send it, or "". */
export const optionalDate = z
  .string({ error: "invalid" })
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), { error: "initiativeDateInvalid" });

// People often type "association.ma": the address is read as https. Any
// other scheme (javascript:, ftp:, mailto:) is refused.
function withScheme(value: unknown): unknown {
  if (typeof value !== "string") return value ?? "";

  const trimmed = value.trim();

  return trimmed === "" || SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** An http(s) address, or "" when the input was left blank. */
export const optionalLink = z.preprocess(
  withScheme,
  z
    .string({ error: "initiativeLinkInvalid" })
    .max(LIMITS.url, { error: "initiativeLinkTooLong" })
    .refine((url) => url === "" || httpUrl.safeParse(url).success, {
      error: "initiativeLinkInvalid",
    }),
);
