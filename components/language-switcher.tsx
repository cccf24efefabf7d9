"use client";

import { clsx } from "clsx";
import { usePathname, useSearchParams } from "next/navigation";
import { locales, type AppLocale } from "@/lib/i18n/routing";

const autonyms: Record<AppLocale, string> = { fr: "Français", ar: "العربية", en: "English" };

type Props = { current: AppLocale; label: string };

/** Same page and query in another language; a plain link, so no JS is needed. */
export function LanguageSwitcher({ current, label }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = pathname.replace(/^\/[^/]+/, "");

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
