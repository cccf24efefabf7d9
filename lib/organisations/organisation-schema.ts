import { z } from "zod";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/routing";
import { IMAGE_MAX_BYTES } from "@/lib/images/limits";
import { optionalText, optionalUrl } from "./form-fields";
import { ORGANISATION_LIMITS as LIMITS } from "./limits";

const languageSchema = z.object({
  name: optionalText(LIMITS.nameMax, "organisationNameTooLong").refine(
    (name) => name === undefined || name.length >= LIMITS.nameMin,
    { error: "organisationNameTooShort" },
  ),
  description: optionalText(LIMITS.descriptionMax, "organisationDescriptionTooLong"),
});

export type LanguageInput = z.output<typeof languageSchema>;

const translationsSchema = z
  .object({ fr: languageSchema, ar: languageSchema, en: languageSchema })
  .superRefine((translations, context) => {
    const named = locales.filter((locale) => translations[locale].name);
    if (named.length === 0) {
      context.addIssue({ code: "custom", path: [], message: "organisationNameRequired" });
    }

    for (const locale of locales) {
      const { name, description } = translations[locale];
      if (description && !name) {
        context.addIssue({
          code: "custom",
          path: [locale, "name"],
          message: "organisationNameForDescription",
        });
      }
    }
  });

/**
 * The organisation form, read by the browser for early feedback and by the
 * server action, which is the authority. Names and descriptions come per
 * language; any one language is enough.
 */
export const organisationSchema = z.object({
  translations: translationsSchema,
  kind: z.enum(OrganisationKind, { error: "organisationKindRequired" }),
  regionCode: z.string({ error: "organisationRegionRequired" }).regex(/^MA-(0[1-9]|1[0-2])$/, {
    error: "organisationRegionRequired",
  }),
  city: optionalText(LIMITS.cityMax, "organisationCityTooLong"),
  website: optionalUrl,
  // Every input is kept until the end so that an error names the right one.
  socialLinks: z
    .array(optionalUrl)
    .max(LIMITS.socialLinks, { error: "organisationTooManyLinks" })
    .transform((links) => links.filter((link): link is string => link !== undefined)),
  logo: z.file({ error: "invalid" }).max(IMAGE_MAX_BYTES, { error: "imageTooLarge" }).optional(),
});

export type OrganisationInput = z.output<typeof organisationSchema>;

export const createOrganisationSchema = organisationSchema.extend({
  clientToken: z.uuid({ error: "invalid" }),
});

export const updateOrganisationSchema = organisationSchema.extend({
  organisationId: z.string().min(1).max(64),
  removeLogo: z.literal("on").optional().transform(Boolean),
});
