import type { AppLocale } from "@/lib/i18n/routing";
import { pickField, type LocalizedText } from "./pick-language";

type OrganisationNames = {
  name: string;
  translations: { locale: AppLocale; name: string }[];
};

/** The organisation's name in the visitor's language when it has one. */
export function organisationName(org: OrganisationNames, locale: AppLocale): LocalizedText {
  return (
    pickField(org.translations, "name", locale, "fr") ?? {
      text: org.name,
      lang: "fr",
      isFallback: locale !== "fr",
    }
  );
}
