import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type AppLocale } from "./routing";

/** The page's locale from its route params; anything else is a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();

  setRequestLocale(locale);

  return locale;
}
