import type { Locale } from "@/lib/generated/prisma/enums";

/** The languages a version is written in, in the site's order. */
export const sortedLanguages = (shown: { translations: { locale: Locale }[] }) =>
  (["fr", "ar", "en"] as const).filter((l) => shown.translations.some((t) => t.locale === l));
