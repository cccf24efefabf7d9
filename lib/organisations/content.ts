import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import type { OrganisationInput } from "./organisation-schema";
import { translationRows } from "./translations";

const localeSchema = z.enum(["fr", "ar", "en"]);

/**
 * A whole organisation profile. Read from the organisation's rows, or kept
 * as an OrganisationRevision's `content` (JSON) for an edit of a public
 * organisation, until a moderator approves it.
 */
export const organisationContentSchema = z.object({
  originalLocale: localeSchema,
  translations: z.array(
    z.object({ locale: localeSchema, name: z.string(), description: z.string().nullable() }),
  ),
  kind: z.enum(OrganisationKind),
  regionCode: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  socialLinks: z.array(z.string()),
  logoPath: z.string().nullable(),
});

export type OrganisationContent = z.output<typeof organisationContentSchema>;

type ProfileInput = Omit<OrganisationInput, "logo">;

/** The profile the form proposes, in the language it was first written in. */
export function profileFromInput(
  input: ProfileInput,
  originalLocale: AppLocale,
  logoPath: string | null,
): OrganisationContent {
  return {
    originalLocale,
    translations: translationRows(input.translations),
    kind: input.kind,
    regionCode: input.regionCode,
    city: input.city ?? null,
    website: input.website ?? null,
    socialLinks: input.socialLinks,
    logoPath,
  };
}

/** True when two profiles say exactly the same thing. */
export function sameProfile(a: OrganisationContent, b: OrganisationContent): boolean {
  return isDeepStrictEqual(a, b);
}

/** The name in the profile's original language, the one lists sort by. */
export function originalName(content: OrganisationContent): string {
  const original = content.translations.find((row) => row.locale === content.originalLocale);

  return original?.name ?? content.translations[0]?.name ?? "";
}
