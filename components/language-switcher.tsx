import { clsx } from "clsx";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { currentRequestPath } from "@/lib/routing/request-path";

const autonyms: Record<AppLocale, string> = { fr: "Français", ar: "العربية", en: "English" };

type Props = { current: AppLocale; label: string };

/**
 * The same page and query in each language. Rendered on the server as plain
 * links, so it works without JavaScript, and switching reloads the page with
 * the right lang and dir.
 */
export async function LanguageSwitcher({ current, label }: Props) {
  const { pathname, search } = await currentRequestPath();
  const rest = pathname.replace(/^\/[^/]+/, "");

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}${search}`}
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
