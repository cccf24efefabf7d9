import { clsx } from "clsx";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArrowIcon } from "@/components/arrow-icon";
import { LogEntry } from "@/components/moderation/log-entry";
import { LogFilters } from "@/components/moderation/log-filters";
import { PageHeader } from "@/components/page-header";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/i18n/search-param";
import { listDecisionLog } from "@/lib/moderation/log";
import { logHref, parseLogParams } from "@/lib/moderation/log-params";
import { requireModerator } from "@/lib/moderation/require-moderator";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const pageLink = clsx(
  "inline-flex min-h-11 items-center gap-2 rounded-lg bg-white px-4 py-2",
  "font-semibold ring-1 ring-sand-200 hover:ring-green-700",
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ModerationLog" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ModerationLogPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { scope } = await requireModerator(locale, `/${locale}/moderation/log`);
  const query = parseLogParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "ModerationLog" });
  const { entries, nextAfter } = await listDecisionLog(scope, query, locale);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <LogFilters locale={locale} params={query} />
      {entries.length === 0 ? (
        <section className="space-y-2 rounded-xl bg-white p-6 text-center ring-1 ring-sand-200">
          <h2 className="text-xl font-bold text-green-900">{t("emptyTitle")}</h2>
          <p className="text-ink-soft">{query.action ? t("emptyFiltered") : t("emptyText")}</p>
          {query.action || query.after ? (
            <Link href={logHref({})} className="font-semibold text-green-800 underline">
              {t("showAll")}
            </Link>
          ) : null}
        </section>
      ) : (
        <ol aria-label={t("listLabel")} className="rounded-xl bg-white px-4 ring-1 ring-sand-200">
          {entries.map((entry) => (
            <LogEntry key={entry.id} locale={locale} entry={entry} />
          ))}
        </ol>
      )}
      {query.after || nextAfter ? (
        <nav aria-label={t("pages")} className="flex flex-wrap justify-between gap-3">
          {query.after ? (
            <Link href={logHref({ action: query.action })} className={pageLink}>
              <ArrowIcon back className="size-4" />
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {nextAfter ? (
            <Link
              href={logHref({ action: query.action, after: nextAfter })}
              rel="next"
              className={pageLink}
            >
              {t("older")}
              <ArrowIcon className="size-4" />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
