import { getFormatter, getTranslations } from "next-intl/server";
import { fieldKey, hasChanges } from "@/lib/moderation/diff";
import type { Comparison } from "@/lib/moderation/review-comparison";
import { DiffRow, UnchangedRow } from "./diff-row";
import type { DiffContext } from "./diff-value";
import { DAY } from "./formats";

type Props = DiffContext & { comparison: Comparison };

/**
 * What changed, field by field: changed fields first and open, the others
 * folded away below so the moderator reads only what needs a decision.
 */
export async function DiffView({ comparison, ...context }: Props) {
  const t = await getTranslations({ locale: context.locale, namespace: "ModerationReview" });
  const format = await getFormatter({ locale: context.locale });
  const { base, fields } = comparison;
  const changed = fields.filter((diff) => diff.change !== "unchanged");
  const unchanged = fields.filter((diff) => diff.change === "unchanged");
  const date = comparison.baseDecidedAt ? format.dateTime(comparison.baseDecidedAt, DAY) : "";

  return (
    <section aria-labelledby="diff-title" className="space-y-3">
      <h2 id="diff-title" className="text-xl font-bold text-green-900">
        {t(`diffTitle.${base}`)}
      </h2>
      <p className="text-ink-soft">{t(`diffLead.${base}`, { date })}</p>
      {hasChanges(fields) ? (
        <ol className="space-y-3">
          {changed.map((diff) => (
            <DiffRow key={fieldKey(diff)} {...context} diff={diff} base={base} />
          ))}
        </ol>
      ) : (
        <p className="rounded-xl bg-white p-4 font-semibold ring-1 ring-sand-200">
          {t("noChanges")}
        </p>
      )}
      {unchanged.length > 0 ? (
        <details className="rounded-xl bg-white ring-1 ring-sand-200">
          <summary className="min-h-11 cursor-pointer px-4 py-3 font-semibold text-green-900">
            {t("unchanged", { count: unchanged.length })}
          </summary>
          <dl className="space-y-3 border-t border-sand-200 p-4">
            {unchanged.map((diff) => (
              <UnchangedRow key={fieldKey(diff)} {...context} diff={diff} />
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
