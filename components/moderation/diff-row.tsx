import { getTranslations } from "next-intl/server";
import type { FieldDiff } from "@/lib/moderation/diff";
import type { Comparison } from "@/lib/moderation/review-comparison";
import { ChangeBadge } from "./change-badge";
import { DiffValue, type DiffContext } from "./diff-value";

type Props = DiffContext & { diff: FieldDiff; base: Comparison["base"] };

/** The name of a field, with its language for a text. */
export async function fieldName(locale: DiffContext["locale"], diff: FieldDiff) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });
  const field = t(`field.${diff.field}`);

  return diff.kind === "text" ? t("fieldIn", { field, language: languages(diff.locale) }) : field;
}

/**
 * A changed field: both versions next to each other on a wide screen, one
 * above the other on a phone, each side named so the order never matters.
 */
export async function DiffRow({ diff, base, ...context }: Props) {
  const t = await getTranslations({ locale: context.locale, namespace: "ModerationReview" });
  if (diff.change === "unchanged") return null;

  return (
    <li className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-sand-200">
      <h3 className="flex flex-wrap items-center gap-2 font-bold">
        {await fieldName(context.locale, diff)}
        <ChangeBadge change={diff.change} label={t(`change.${diff.change}`)} />
      </h3>
      <div className="grid gap-3 md:grid-cols-2">
        {(["before", "after"] as const).map((side) => (
          <div
            key={side}
            className={
              side === "before"
                ? "rounded-lg border-s-4 border-sand-200 bg-sand-50 p-3"
                : "rounded-lg border-s-4 border-green-700 bg-green-50/40 p-3"
            }
          >
            <p className="mb-1 text-sm font-semibold text-ink-soft">{t(`${side}.${base}`)}</p>
            <DiffValue {...context} diff={diff} side={side} />
          </div>
        ))}
      </div>
    </li>
  );
}

/** A field the version under review leaves as it was, shown once. */
export async function UnchangedRow({ diff, ...context }: DiffContext & { diff: FieldDiff }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{await fieldName(context.locale, diff)}</dt>
      <dd>
        <DiffValue {...context} diff={diff} side="after" />
      </dd>
    </div>
  );
}
