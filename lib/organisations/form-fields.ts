import { z } from "zod";
import { ORGANISATION_LIMITS as LIMITS } from "./limits";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

// People often type "association.ma" or "www.example.org": the address is
// read as https. Any other scheme (javascript:, ftp:, mailto:) is refused.
function withScheme(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") return value;

  const trimmed = value.trim();

  return trimmed === "" || SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** An optional http(s) address: empty gives undefined. */
export const optionalUrl = z.preprocess(
  withScheme,
  z
    .string({ error: "organisationLinkInvalid" })
    .max(LIMITS.urlMax, { error: "organisationLinkTooLong" })
    .refine((url) => url === "" || httpUrl.safeParse(url).success, {
      error: "organisationLinkInvalid",
    })
    .transform((url) => url || undefined),
);

/** Optional free text: blank gives undefined. */
export function optionalText(max: number, tooLong: string) {
  return z.preprocess(
    (value) => value ?? "",
    z
      .string({ error: "invalid" })
      .trim()
      .max(max, { error: tooLong })
      .transform((text) => text || undefined),
  );
}
