import { getTranslations } from "next-intl/server";
import { FormStatus } from "@/components/form/form-status";
import type { AppLocale } from "@/lib/i18n/routing";
import { reportInitiativeAction } from "@/lib/reports/actions";
import { REPORT_ANCHOR } from "@/lib/reports/confirmation";
import { REPORT_REASONS } from "@/lib/reports/reasons";
import { REPORT_TEXT } from "@/lib/reports/report-schema";
import { ReportForm } from "./report-form";

type Props = { locale: AppLocale; slug: string; reported: boolean };

/** "Report a problem" at the foot of an initiative page, for any visitor. */
export async function ReportSection({ locale, slug, reported }: Props) {
  const t = await getTranslations({ locale, namespace: "Report" });
  const reasonLabels = await getTranslations({ locale, namespace: "ReportReason" });
  const reasons = REPORT_REASONS.map((value) => ({ value, label: reasonLabels(value) }));

  return (
    <section id={REPORT_ANCHOR} className="space-y-3 scroll-mt-4">
      <FormStatus ok message={reported ? t("done") : undefined} />
      <ReportForm
        action={reportInitiativeAction}
        locale={locale}
        slug={slug}
        reasons={reasons}
        text={{
          summary: t("summary"),
          lead: t("lead"),
          reason: t("reason"),
          text: t("text"),
          textHint: t("textHint", REPORT_TEXT),
          honeypot: t("honeypot"),
          submit: t("submit"),
          sending: t("sending"),
        }}
      />
    </section>
  );
}
