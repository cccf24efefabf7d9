"use client";

import { clsx } from "clsx";
import { usePathname, useSearchParams } from "next/navigation";
import { locales, type AppLocale } from "@/lib/i18n/routing";

const autonyms: Record<AppLocale, string> = { fr: "Français", ar: "العربية", en: "English" };

type Props = { current: AppLocale; label: string };

/**
 * The same page and query in each language, as plain links: rendered in the
 * server HTML, so they work without JavaScript, and kept up to date by the
 * router after client-side navigation. Switching reloads the page, with the
 * right lang and dir. No Suspense boundary around it: pages render per request,
 * and a boundary would stream the links late, hidden from visitors without JS.
 */
export function LanguageSwitcher({ current, label }: Props) {
  const rest = usePathname().replace(/^\/[^/]+/, "");
  const search = useSearchParams().toString();

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}${search ? `?${search}` : ""}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={clsx(
                "block rounded-full px-3 py-1.5 font-medium text-white/90 hover:bg-white/15",
                "aria-[current]:bg-white aria-[current]:text-green-900",
              )}
            >
              {autonyms[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
