import type { Locale } from "@/lib/generated/prisma/enums";
import type { OrganisationContent } from "@/lib/organisations/content";
import {
  changeOf,
  LOCALES,
  listDiff,
  sameValue,
  textDiff,
  valueDiff,
  withoutEmpty,
  type FieldDiff,
  type LogoDiff,
} from "./diff";

type Text = "name" | "description";

function textOf(content: OrganisationContent, locale: Locale, field: Text): string | null {
  const value = content.translations.find((t) => t.locale === locale)?.[field];

  return value?.trim() ? value : null;
}

function textDiffs(before: OrganisationContent, after: OrganisationContent) {
  const written = (content: OrganisationContent, locale: Locale) =>
    content.translations.some((t) => t.locale === locale);
  const locales = LOCALES.filter((l) => written(before, l) || written(after, l));

  return locales.flatMap((locale) =>
    (["name", "description"] as const).map((field) =>
      textDiff(field, locale, textOf(before, locale, field), textOf(after, locale, field)),
    ),
  );
}

/**
 * Field by field, what a proposed profile changes in the public one: the
 * name and description per language, then the kind, place, addresses on the
 * web and the logo. Fields empty on both sides are left out.
 */
export function diffProfile(before: OrganisationContent, after: OrganisationContent): FieldDiff[] {
  const logo: LogoDiff = {
    kind: "logo",
    field: "logo",
    before: before.logoPath,
    after: after.logoPath,
    change: changeOf(before.logoPath, after.logoPath, sameValue),
  };

  return withoutEmpty([
    ...textDiffs(before, after),
    valueDiff("originalLocale", before.originalLocale, after.originalLocale),
    valueDiff("kind", before.kind, after.kind),
    valueDiff("region", before.regionCode, after.regionCode),
    valueDiff("city", before.city, after.city),
    valueDiff("website", before.website, after.website),
    listDiff("socialLinks", before.socialLinks, after.socialLinks),
    logo,
  ]);
}
