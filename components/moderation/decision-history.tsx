import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReviewDecision } from "@/lib/moderation/review-history";
import { DAY, DAY_TIME } from "./formats";
import { moderationReasonLabel } from "./reason-label";

type Props = { locale: AppLocale; decisions: ReviewDecision[] };

async function DecisionEntry({
  locale,
  decision,
}: {
  locale: AppLocale;
  decision: ReviewDecision;
}) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const actions = await getTranslations({ locale, namespace: "ModerationLog" });
  const format = await getFormatter({ locale });
  const reason = decision.reasonCode
    ? await moderationReasonLabel(locale, decision.reasonCode)
    : null;

  return (
    <li className="space-y-1 border-s-4 border-sand-200 ps-3">
      <p className="font-semibold">{actions(`action.${decision.action}`)}</p>
      <p className="text-sm text-ink-soft">
        <time dateTime={decision.createdAt.toISOString()}>
          {format.dateTime(decision.createdAt, DAY_TIME)}
        </time>{" "}
        {t("by", { moderator: decision.moderator })}
      </p>
      {decision.submittedAt ? (
        <p className="text-sm text-ink-soft">
          {t("version", { date: format.dateTime(decision.submittedAt, DAY) })}
          {decision.revisionNumber
            ? ` · ${t("revision", { number: decision.revisionNumber })}`
            : null}
        </p>
      ) : null}
      {reason ? <p className="text-sm">{t("reason", { reason })}</p> : null}
      {decision.message ? (
        <figure className="text-sm">
          <figcaption className="font-semibold">{t("message")}</figcaption>
          <blockquote dir="auto" className="whitespace-pre-line">
            {decision.message}
          </blockquote>
        </figure>
      ) : null}
    </li>
  );
}

/** What moderators decided on this initiative before, newest first. */
export async function DecisionHistory({ locale, decisions }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });

  return (
    <section
      aria-labelledby="history-title"
      className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-sand-200"
    >
      <h2 id="history-title" className="text-lg font-bold text-green-900">
        {t("historyTitle")}
      </h2>
      {decisions.length === 0 ? (
        <p className="text-ink-soft">{t("noHistory")}</p>
      ) : (
        <ol className="space-y-4">
          {decisions.map((decision) => (
            <DecisionEntry key={decision.id} locale={locale} decision={decision} />
          ))}
        </ol>
      )}
    </section>
  );
}
