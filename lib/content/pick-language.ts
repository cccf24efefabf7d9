import type { AppLocale } from "@/lib/i18n/routing";

export type LocalizedText = {
  text: string;
  /** The language the text is written in, for the `lang` attribute. */
  lang: AppLocale;
  /** True when the visitor's language was missing and another was used. */
  isFallback: boolean;
};

type Translation = { locale: AppLocale } & Record<string, unknown>;

/**
 * A field of user content in the visitor's language when the author wrote it,
 * else in the original language, else in any language that has it. Never a
 * machine translation: the caller marks fallbacks visibly.
 */
export function pickField<T extends Translation>(
  translations: readonly T[],
  field: keyof T & string,
  visitor: AppLocale,
  original: AppLocale,
): LocalizedText | null {
  const order = [visitor, original, ...translations.map((t) => t.locale)];

  for (const locale of order) {
    const value = translations.find((t) => t.locale === locale)?.[field];
    if (typeof value === "string" && value.trim() !== "") {
      return { text: value, lang: locale, isFallback: locale !== visitor };
    }
  }

  return null;
}

/**
 * `lang` and `dir` for an element holding user content: French shown on an
 * Arabic page must still run left to right, and the reverse.
 */
export function langAttributes(text: LocalizedText | null | undefined) {
  if (!text) return {};

  return { lang: text.lang, dir: text.lang === "ar" ? "rtl" : "ltr" } as const;
}
