import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { langAttributes } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { QueueItem as Item } from "@/lib/moderation/queue-details";
import { reviewHref } from "@/lib/moderation/queue-params";
import { hasWaitedTooLong } from "@/lib/moderation/waiting";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import { DAY_TIME } from "./formats";
import { KindBadge } from "./kind-badge";
import { OverdueFlag } from "./overdue-flag";

type Props = { locale: AppLocale; item: Item; lookups: ReferenceLookups; now: Date };

/** One waiting item: what it is, whose, where, and how long it has waited. */
export async function QueueItem({ locale, item, lookups, now }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });
  const languageNames = await getTranslations({ locale, namespace: "LanguageNames" });
  const format = await getFormatter({ locale });
  const region = item.regionCode ? lookups.regionByCode.get(item.regionCode) : undefined;
  const ago = format.relativeTime(item.since, { now, numberingSystem: "latn" });
  const languages = format.list(item.languages.map((code) => languageNames(code)));

  return (
    <li
      className={clsx(
        "relative rounded-xl bg-white p-4 ring-1 ring-sand-200 hover:ring-green-700",
        "focus-within:ring-2 focus-within:ring-majorelle",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={item.kind} label={t(`kind.${item.kind}`)} />
        {item.kind === "report" ? (
          <span className="text-sm font-semibold text-terracotta">
            {t("reports", { count: item.openReports })}
          </span>
        ) : null}
        {hasWaitedTooLong(item.since, now) ? <OverdueFlag label={t("overdue")} /> : null}
      </div>
      <h3 className="mt-2 text-lg font-bold leading-snug">
        {/* The link covers the whole card, so a moderator can click anywhere on it. */}
        <Link
          href={reviewHref(item.kind, item.subjectId)}
          className={clsx(
            "text-green-900 underline decoration-green-700/40 hover:decoration-green-700",
            "after:absolute after:inset-0",
          )}
          {...langAttributes(item.title)}
        >
          {item.title?.text ?? t("untitled")}
        </Link>
      </h3>
      <p className="mt-1 text-[0.95rem] text-ink-soft">
        <bdi {...langAttributes(item.organisation)} className="font-semibold text-ink">
          {item.organisation.text}
        </bdi>
        {" · "}
        {region ? regionName(region, locale) : t("noRegion")}
        {languages ? ` · ${t("languages", { languages })}` : null}
      </p>
      <p className="mt-1 text-sm text-ink-soft">
        <time dateTime={item.since.toISOString()} title={format.dateTime(item.since, DAY_TIME)}>
          {t(`since.${item.kind}`, { ago })}
        </time>
      </p>
    </li>
  );
}
