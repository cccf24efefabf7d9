import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormStatus } from "@/components/form/form-status";
import { QueueEmpty } from "@/components/moderation/queue-empty";
import { QueueFilters } from "@/components/moderation/queue-filters";
import { QueueItem } from "@/components/moderation/queue-item";
import { QueueKinds } from "@/components/moderation/queue-kinds";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { regionName } from "@/lib/i18n/reference-names";
import type { SearchParams } from "@/lib/i18n/search-param";
import { moderationNoticeSchema } from "@/lib/moderation/notices";
import { listQueue } from "@/lib/moderation/queue";
import {
  dropUnknownFilters,
  hasFilters,
  parseQueueParams,
  queueHref,
} from "@/lib/moderation/queue-params";
import { requireModerator } from "@/lib/moderation/require-moderator";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const noticeSchema = z.object({ notice: moderationNoticeSchema.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ModerationQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { scope } = await requireModerator(locale, `/${locale}/moderation`);
  const query = await searchParams;
  const { notice } = noticeSchema.parse(query);
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });
  const format = await getFormatter({ locale });
  const lookups = await loadReferenceLookups();
  const regions = scope.all
    ? lookups.regions
    : lookups.regions.filter((region) => scope.regionCodes.includes(region.code));
  const filters = dropUnknownFilters(parseQueueParams(query), {
    regionCodes: new Set(regions.map((region) => region.code)),
    themeSlugs: new Set(lookups.themes.map((theme) => theme.slug)),
  });
  const queue = await listQueue(scope, filters, locale);
  const now = new Date();

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        {scope.all ? null : (
          <p className="text-sm text-ink-soft">
            {t("scopeNote", { regions: format.list(regions.map((r) => regionName(r, locale))) })}
          </p>
        )}
      </PageHeader>
      <FormStatus ok message={notice ? t(`notice.${notice}`) : undefined} />
      <QueueKinds locale={locale} params={filters} counts={queue.counts} />
      <QueueFilters locale={locale} params={filters} regions={regions} themes={lookups.themes} />
      <section aria-labelledby="queue-list" className="space-y-3">
        <h2 id="queue-list" className="text-lg font-bold">
          {t("summary", { count: queue.total })}
          <span className="sr-only">. {t("listLabel")}</span>
        </h2>
        {queue.items.length === 0 ? (
          <QueueEmpty locale={locale} filtered={hasFilters(filters)} />
        ) : (
          <ol className="space-y-3">
            {queue.items.map((item) => (
              <QueueItem key={item.key} locale={locale} item={item} lookups={lookups} now={now} />
            ))}
          </ol>
        )}
        <Pagination
          locale={locale}
          page={queue.page}
          pageCount={queue.pageCount}
          hrefFor={(page) => queueHref({ ...filters, page })}
        />
      </section>
    </div>
  );
}
