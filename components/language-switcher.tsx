"use client";

import { clsx } from "clsx";
import { usePathname, useSearchParams, useSelectedLayoutSegments } from "next/navigation";
import { locales, type AppLocale } from "@/lib/i18n/routing";

const autonyms: Record<AppLocale, string> = { fr: "Français", ar: "العربية", en: "English" };

type Props = { current: AppLocale; label: string };

// The public routes that read the query string sit under query/ (see
// lib/routing/query-route.ts); every other public page is cached without one.
const QUERY_SEGMENT = "query";

function LanguageLinks({ current, label, search }: Props & { search: string }) {
  const rest = usePathname().replace(/^\/[^/]+/, "");

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

type SwitcherProps = Props & { readsQuery?: boolean };

function LinksWithQuery(props: Props) {
  return <LanguageLinks {...props} search={useSearchParams().toString()} />;
}

/**
 * The same page and query in each language, as plain links: in the server
 * HTML, so they work without JavaScript, and kept up to date by the router
 * after client-side navigation. Switching reloads the page, with the right
 * lang and dir. Only pages rendered per request read the query string: a
 * cached page has none, and reading it there would leave the links to the
 * browser. `readsQuery` is for layouts whose pages all render per request.
 */
export function LanguageSwitcher({ readsQuery = false, ...props }: SwitcherProps) {
  // Null outside a layout, as on the 404 page.
  const segments: readonly string[] | null = useSelectedLayoutSegments();
  const underQueryRoute = segments?.[0] === QUERY_SEGMENT;

  return readsQuery || underQueryRoute ? (
    <LinksWithQuery {...props} />
  ) : (
    <LanguageLinks {...props} search="" />
  );
}
