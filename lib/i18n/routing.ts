import { defineRouting } from "next-intl/routing";

export const locales = ["fr", "ar", "en"] as const;

export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "fr",
  localePrefix: "always",
});

export function isLocale(value: string): value is AppLocale {
  return (locales as readonly string[]).includes(value);
}

export function directionOf(locale: AppLocale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}
