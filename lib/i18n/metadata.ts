import type { Metadata } from "next";
import { locales, type AppLocale } from "./routing";

/** Canonical URL and hreflang alternates of one page in every language. */
export function alternatesFor(locale: AppLocale, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((l) => [l, `/${l}${path}`]),
  );
  languages["x-default"] = `/fr${path}`;

  return { canonical: `/${locale}${path}`, languages };
}
