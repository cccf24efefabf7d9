import "server-only";
import { getTranslations } from "next-intl/server";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadReferenceLookups } from "@/lib/reference/lookups";
import type { Option } from "./profile-fields";

/** The kinds of organisation and the 12 regions, labelled in the page's language. */
export async function organisationFormOptions(locale: AppLocale) {
  const kindLabel = await getTranslations({ locale, namespace: "OrganisationKind" });
  const { regions } = await loadReferenceLookups();

  const kinds: Option[] = Object.values(OrganisationKind).map((kind) => ({
    value: kind,
    label: kindLabel(kind),
  }));

  return {
    kinds,
    regions: regions.map((region) => ({ value: region.code, label: regionName(region, locale) })),
  };
}
