import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { BrandMark } from "./brand-mark";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";

type Props = {
  locale: AppLocale;
  /** For layouts whose pages all render per request: the language links keep the query. */
  readsQuery?: boolean;
};

export async function SiteHeader({ locale, readsQuery = false }: Props) {
  const t = await getTranslations({ locale, namespace: "Header" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const switcherLabel = (await getTranslations({ locale, namespace: "LanguageSwitcher" }))("label");

  const nav = [
    { href: "/initiatives", label: t("initiatives") },
    { href: "/regions", label: t("regions") },
    { href: "/organisations", label: t("organisations") },
  ];

  return (
    <header className="zellige-band text-white">
      <a
        href="#main"
        className={clsx(
          "sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2",
          "focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink",
        )}
      >
        {t("skipToContent")}
      </a>
      <div
        className={clsx(
          "mx-auto flex max-w-6xl flex-wrap items-center",
          "justify-between gap-x-6 gap-y-2 px-4 py-3",
        )}
      >
        <Link href="/" className="flex items-center gap-2 text-lg font-bold">
          <BrandMark className="size-9 shrink-0" />
          <span>{common("siteName")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitcher current={locale} label={switcherLabel} readsQuery={readsQuery} />
          {/* A plain link: the header never reads the session, so public pages stay cacheable. */}
          <Link
            href="/my-space"
            className={clsx(
              "rounded-full border border-white/70 px-3 py-1.5 text-sm font-semibold",
              "hover:bg-white/15",
            )}
          >
            {t("mySpace")}
          </Link>
        </div>
        <MainNav label={t("mainNav")} items={nav} />
      </div>
    </header>
  );
}
