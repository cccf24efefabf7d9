import "server-only";
import { getTranslations } from "next-intl/server";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { ORGANISATION_LIMITS as LIMITS } from "@/lib/organisations/limits";

// Numbers go in as text: Morocco writes Arabic with Western digits, which the
// Arabic locale's default number format would not use.
const SOCIAL_NUMBERS = Array.from({ length: LIMITS.socialLinks }, (_, i) => String(i + 1));

// A public organisation's changes go to a moderator: the button says so.
const SUBMIT = { create: "create", edit: "save", review: "sendForReview" } as const;

/** Every text of the organisation form, translated on the server for the client form. */
export async function organisationFormText(locale: AppLocale, mode: "create" | "edit" | "review") {
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });

  return {
    languagesTitle: t("languagesTitle"),
    languagesHint: t("languagesHint"),
    languageLegend: Object.fromEntries(
      locales.map((language) => [language, t("languageLegend", { language: languages(language) })]),
    ) as Record<AppLocale, string>,
    name: t("name"),
    description: t("description"),
    descriptionHint: t("descriptionHint", { max: String(LIMITS.descriptionMax) }),
    optional: t("optional"),
    aboutTitle: t("aboutTitle"),
    kind: t("kind"),
    choose: t("choose"),
    region: t("region"),
    regionHint: t("regionHint"),
    city: t("city"),
    logo: t("logo"),
    logoHint: t("logoHint"),
    logoAgain: t("logoAgain"),
    currentLogo: t("currentLogo"),
    removeLogo: t("removeLogo"),
    webTitle: t("webTitle"),
    website: t("website"),
    websiteHint: t("websiteHint"),
    socialTitle: t("socialTitle"),
    socialHint: t("socialHint", { count: String(LIMITS.socialLinks) }),
    socialLinks: SOCIAL_NUMBERS.map((number) => t("socialLink", { number })),
    submit: t(SUBMIT[mode]),
    sending: t("sending"),
  };
}

export type OrganisationFormText = Awaited<ReturnType<typeof organisationFormText>>;
