export const locales = ["fr", "ar", "en"] as const;

export type Locale = (typeof locales)[number];

// An initiative the seed writes in French, English and Arabic.
export const TRILINGUAL_SLUG = "zero-mika";
export const TRILINGUAL_ARABIC_TITLE = "زيرو ميكا";

/** The public pages every language-level check visits, without locale prefix. */
export const publicPages = [
  { name: "home page", path: "" },
  { name: "directory", path: "/initiatives" },
  { name: "regions page", path: "/regions" },
  { name: "initiative page", path: `/initiatives/${TRILINGUAL_SLUG}` },
] as const;

export const notFoundTitle: Record<Locale, string> = {
  fr: "Page introuvable",
  ar: "الصفحة غير موجودة",
  en: "Page not found",
};

/** The first whole number in a text, ignoring group separators such as "1 024". */
export function firstNumber(text: string): number | undefined {
  const match = text.match(/\d[\d\s\u202f.,]*/);

  return match ? Number(match[0].replace(/\D/g, "")) : undefined;
}
