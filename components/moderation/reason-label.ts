import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { MODERATION_REASONS, type ModerationReason } from "@/lib/moderation/reasons";
import { REPORT_REASONS, type ReportReason } from "@/lib/reports/reasons";

const isModerationReason = (code: string): code is ModerationReason =>
  (MODERATION_REASONS as readonly string[]).includes(code);

const isReportReason = (code: string): code is ReportReason =>
  (REPORT_REASONS as readonly string[]).includes(code);

/** The label of a moderator's reason; a code no longer in the list reads as "other". */
export async function moderationReasonLabel(locale: AppLocale, code: string) {
  const t = await getTranslations({ locale, namespace: "ModerationReason" });

  return t(isModerationReason(code) ? code : "other");
}

/** The label of a visitor's reason for a report. */
export async function reportReasonLabel(locale: AppLocale, code: string) {
  const t = await getTranslations({ locale, namespace: "ReportReason" });

  return t(isReportReason(code) ? code : "other");
}
