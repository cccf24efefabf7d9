import { getTranslations } from "next-intl/server";
import { InitiativeGrid } from "@/components/initiative-grid";
import { PageBeyondNotice } from "@/components/page-beyond-notice";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/lib/i18n/navigation";
import { directoryHref, regionPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { loadReferenceLookups } from "@/lib/reference/lookups";
import type { getRegion } from "@/lib/regions/queries";

type Region = NonNullable<Awaited<ReturnType<typeof getRegion>>>;

type Props = { locale: AppLocale; region: Region; page: number };

/** One page of a region's published initiatives. */
export async function RegionView({ locale, region, page }: Props) {
  const t = await getTranslations({ locale, namespace: "Region" });
  const [result, lookups] = await Promise.all([
    findPublishedInitiatives({ region: region.code, page }),
    loadReferenceLookups(),
  ]);
  const capital = { fr: region.capitalFr, ar: region.capitalAr, en: region.capitalEn }[locale];

  return (
    <div className="space-y-6">
      <PageHeader title={regionName(region, locale)} lead={t("capital", { capital })}>
        <h2 className="text-lg font-bold">{t("initiativeCount", { count: result.total })}</h2>
        <Link
          href={directoryHref({ region: region.code })}
          className="inline-block font-semibold text-green-700 underline"
        >
          {t("seeInDirectory")}
        </Link>
      </PageHeader>
      {result.total === 0 ? <p className="rounded-xl bg-white p-6">{t("empty")}</p> : null}
      {result.items.length === 0 && result.total > 0 ? (
        <PageBeyondNotice
          locale={locale}
          pageCount={result.pageCount}
          firstPageHref={regionPath(region.code)}
        />
      ) : null}
      <InitiativeGrid initiatives={result.items} locale={locale} lookups={lookups} />
      {result.items.length > 0 ? (
        <Pagination
          locale={locale}
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(p) => `${regionPath(region.code)}${p > 1 ? `?page=${p}` : ""}`}
        />
      ) : null}
    </div>
  );
}
