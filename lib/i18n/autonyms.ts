import type { AppLocale } from "./routing";

/** Each language's name in itself, so a reader finds their own in any page language. */
export const autonyms: Record<AppLocale, string> = {
  fr: "Français",
  ar: "العربية",
  en: "English",
};
