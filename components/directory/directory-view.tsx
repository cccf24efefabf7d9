import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/active-filters";
import { DirectoryFilters } from "@/components/directory-filters";
import { InitiativeGrid } from "@/components/initiative-grid";
import { PageBeyondNotice } from "@/components/page-beyond-notice";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/lib/i18n/navigation";
import { directoryHref } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DirectoryParams } from "@/lib/initiatives/directory-params";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { locale: AppLocale; query: DirectoryParams };

/** The directory for one set of filters, words and page. */
export async function DirectoryView({ locale, query }: Props) {
  const t = await getTranslations({ locale, namespace: "Directory" });
  const [lookups, result] = await Promise.all([
    loadReferenceLookups(),
    findPublishedInitiatives(query),
  ]);
  const beyondLastPage = result.items.length === 0 && result.total > 0;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />

      <DirectoryFilters locale={locale} params={query} lookups={lookups} facets={result.facets} />
      <ActiveFilters locale={locale} params={query} lookups={lookups} />

      <h2 className="text-lg font-bold" data-testid="result-count">
        {t("resultCount", { count: result.total })}
      </h2>

      {result.total === 0 ? (
        <div className="rounded-xl border border-dashed border-sand-200 bg-white p-8 text-center">
          <p className="text-lg font-semibold">{t("emptyFiltered")}</p>
          <p className="mt-2 text-ink-soft">{t("emptyHint")}</p>
          <Link
            href="/initiatives"
            className="mt-4 inline-block font-semibold text-green-700 underline"
          >
            {t("emptyReset")}
          </Link>
        </div>
      ) : null}

      {beyondLastPage ? (
        <PageBeyondNotice
          locale={locale}
          pageCount={result.pageCount}
          firstPageHref={directoryHref({ ...query, page: 1 })}
        />
      ) : null}

      <InitiativeGrid
        initiatives={result.items}
        locale={locale}
        lookups={lookups}
        highlight={result.highlight}
      />

      {beyondLastPage ? null : (
        <Pagination
          locale={locale}
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => directoryHref({ ...query, page })}
        />
      )}
    </div>
  );
}
