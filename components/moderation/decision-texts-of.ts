import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DecisionChoice } from "@/lib/moderation/decision-choices";
import type { DecisionTarget } from "@/lib/moderation/decision-target";
import { MODERATION_REASONS } from "@/lib/moderation/reasons";
import type { DecisionTexts } from "./decision-texts";

const CHOICES = [
  "approve",
  "requestChanges",
  "reject",
  "unpublish",
  "dismissReports",
  "restore",
] as const satisfies readonly DecisionChoice[];

/** What the decision is about: a new submission, an edit of an initiative, or of a profile. */
export type DecidedVersion = "new" | "edit" | "profile";

/** The version a target of the initiative review page is. */
export function versionOf(item: DecisionTarget): DecidedVersion {
  return item.revisionId ? "edit" : "new";
}

/** The decision forms' texts for this version: each kind reads differently. */
export async function decisionTexts(
  locale: AppLocale,
  version: DecidedVersion,
  openReports = 0,
): Promise<DecisionTexts> {
  const t = await getTranslations({ locale, namespace: "ModerationDecisions" });
  const reasons = await getTranslations({ locale, namespace: "ModerationReason" });
  const values = { version, count: openReports };
  const choice = (key: DecisionChoice) => ({
    title: t(`${key}.title`, values),
    hint: t(`${key}.hint`, values),
    submit: t(`${key}.submit`, values),
  });

  return {
    nothingToDecide: t(version === "profile" ? "nothingToDecideProfile" : "nothingToDecide"),
    sending: t("sending"),
    typedMessage: t("typedMessage"),
    choices: Object.fromEntries(
      CHOICES.map((key) => [key, choice(key)]),
    ) as DecisionTexts["choices"],
    fields: {
      message: t("fields.message"),
      messageHint: t("fields.messageHint"),
      reason: t("fields.reason"),
      reasonPlaceholder: t("fields.reasonPlaceholder"),
      explanation: t("fields.explanation"),
      explanationHint: t("fields.explanationHint"),
      optional: t("fields.optional"),
    },
    reasons: MODERATION_REASONS.map((code) => ({ value: code, label: reasons(code) })),
  };
}
