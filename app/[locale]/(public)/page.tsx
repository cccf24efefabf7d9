import { clsx } from "clsx";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArrowIcon } from "@/components/arrow-icon";
import { InitiativeGrid } from "@/components/initiative-grid";
import { RegionOverview } from "@/components/region-overview";
import { ThemeIcon } from "@/components/theme-icon";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { directoryHref } from "@/lib/i18n/paths";
import { themeLabel } from "@/lib/i18n/reference-names";
import { listLatestInitiatives } from "@/lib/initiatives/queries";
import { loadReferenceLookups } from "@/lib/reference/lookups";
import { countPublic, countPublishedByRegion, countPublishedByTheme } from "@/lib/stats/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });

  return { description: t("homeDescription"), alternates: alternatesFor(locale, "") };
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const format = await getFormatter({ locale });

  const [counts, latest, lookups, byRegion, byTheme] = await Promise.all([
    countPublic(),
    listLatestInitiatives(6),
    loadReferenceLookups(),
    countPublishedByRegion(),
    countPublishedByTheme(),
  ]);

  const stats = [
    { value: counts.initiatives, label: t("countInitiatives", { count: counts.initiatives }) },
    {
      value: counts.organisations,
      label: t("countOrganisations", { count: counts.organisations }),
    },
    { value: counts.regions, label: t("countRegions", { count: counts.regions }) },
  ];

  return (
    <div className="space-y-14">
      <section className="grid gap-8 lg:grid-cols-[3fr_2fr] lg:items-center">
        <div className="space-y-5">
          <h1 className="text-3xl font-extrabold leading-tight text-green-900 sm:text-4xl">
            {t("heroTitle")}
          </h1>
          <p className="max-w-prose text-lg text-ink-soft">{t("heroLead")}</p>
          <Link
            href="/initiatives"
            className={clsx(
              "inline-flex items-center gap-2 rounded-full bg-green-700",
              "px-5 py-3 font-semibold text-white hover:bg-green-800",
            )}
          >
            {t("browseAll")}
            <ArrowIcon className="size-5" />
          </Link>
        </div>
        <dl aria-label={t("countsLabel")} className="grid grid-cols-3 gap-3">
          {stats.map((stat) => (
            <div
              key={stat.label}
              className={clsx(
                "flex flex-col rounded-xl bg-white",
                "px-2 py-4 text-center shadow-sm ring-1 ring-sand-200 sm:p-4",
              )}
            >
              {/* Three cards side by side on a 360 px phone: "organisations" must fit. */}
              <dt className="order-2 text-xs [overflow-wrap:anywhere] text-ink-soft sm:text-sm">
                {stat.label}
              </dt>
              <dd className="text-3xl font-extrabold text-terracotta">
                {format.number(stat.value)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="latest" className="space-y-4">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest" className="text-2xl font-bold">
            {t("latest")}
          </h2>
          <Link href="/initiatives" className="font-semibold text-green-700 underline">
            {t("seeAll")}
          </Link>
        </div>
        <InitiativeGrid initiatives={latest} locale={locale} lookups={lookups} />
      </section>

      <section aria-labelledby="by-theme" className="space-y-4">
        <h2 id="by-theme" className="text-2xl font-bold">
          {t("byTheme")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {lookups.themes.map((theme) => (
            <li key={theme.slug}>
              <Link
                href={directoryHref({ theme: theme.slug })}
                className={clsx(
                  "flex h-full flex-col gap-2",
                  "rounded-xl p-4 text-white hover:brightness-110",
                )}
                style={{ backgroundColor: theme.color }}
              >
                <ThemeIcon slug={theme.slug} className="size-8" />
                <span className="font-bold">{themeLabel(theme, locale)}</span>
                <span className="text-sm">
                  {t("themeCount", { count: byTheme.get(theme.slug) ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-region" className="space-y-4">
        <h2 id="by-region" className="text-2xl font-bold">
          {t("byRegion")}
        </h2>
        <RegionOverview locale={locale} regions={lookups.regions} counts={byRegion} />
      </section>

      <section aria-labelledby="origin" className="rounded-2xl bg-sand-100 p-6 sm:p-8">
        <h2 id="origin" className="text-2xl font-bold text-green-900">
          {t("originTitle")}
        </h2>
        <p className="mt-3 max-w-prose text-ink-soft">{t("originText")}</p>
      </section>
    </div>
  );
}
