import type { AppLocale } from "@/lib/i18n/routing";
import { locales } from "@/lib/i18n/routing";
import type { LanguageInput } from "./organisation-schema";

type Translations = Record<AppLocale, LanguageInput>;

export type TranslationRow = { locale: AppLocale; name: string; description: string | null };

/** The languages the author filled in (a language counts once it has a name). */
export function translationRows(translations: Translations): TranslationRow[] {
  return locales.flatMap((locale) => {
    const { name, description } = translations[locale];

    return name ? [{ locale, name, description: description ?? null }] : [];
  });
}

/**
 * The language the author wrote in first: the form lists the page's language
 * first, then the others in a fixed order. `current` keeps an existing
 * organisation's original language while it is still filled in.
 */
export function originalLocaleOf(
  rows: TranslationRow[],
  pageLocale: AppLocale,
  current?: AppLocale,
): AppLocale {
  const filled = new Set(rows.map((row) => row.locale));
  const order = [current, pageLocale, ...locales].filter((l): l is AppLocale => l !== undefined);
  const first = order.find((locale) => filled.has(locale));
  if (!first) throw new Error("An organisation needs a name in one language");

  return first;
}

export function nameIn(rows: TranslationRow[], locale: AppLocale): string {
  const row = rows.find((candidate) => candidate.locale === locale);
  if (!row) throw new Error(`No name in ${locale}`);

  return row.name;
}
