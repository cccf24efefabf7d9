import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReviewReport } from "@/lib/moderation/review-history";
import { DAY_TIME } from "./formats";
import { reportReasonLabel } from "./reason-label";

type Props = { locale: AppLocale; reports: ReviewReport[]; now: Date };

async function ReportEntry({
  locale,
  report,
  now,
}: {
  locale: AppLocale;
  report: ReviewReport;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });
  const format = await getFormatter({ locale });
  const ago = format.relativeTime(report.createdAt, { now, numberingSystem: "latn" });

  return (
    <li className="space-y-1 rounded-lg bg-orange-50 p-3">
      <p className="font-semibold text-terracotta">
        {await reportReasonLabel(locale, report.reasonCode)}
      </p>
      {report.text ? (
        <blockquote
          lang={report.locale}
          dir={report.locale === "ar" ? "rtl" : "ltr"}
          className="whitespace-pre-line"
        >
          {report.text}
        </blockquote>
      ) : null}
      <p className="text-sm text-ink-soft">
        <time
          dateTime={report.createdAt.toISOString()}
          title={format.dateTime(report.createdAt, DAY_TIME)}
        >
          {t("reportedAt", { ago })}
        </time>
        {" · "}
        {t("writtenIn", { language: languages(report.locale) })}
      </p>
    </li>
  );
}

/** The public's open reports, oldest first: why the initiative is in the queue. */
export async function ReportList({ locale, reports, now }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });

  return (
    <section
      aria-labelledby="reports-title"
      className="space-y-3 rounded-xl border-2 border-terracotta bg-white p-4"
    >
      <h2 id="reports-title" className="text-xl font-bold text-terracotta">
        {t("reportsTitle")}
      </h2>
      <ol className="space-y-2">
        {reports.map((report) => (
          <ReportEntry key={report.id} locale={locale} report={report} now={now} />
        ))}
      </ol>
    </section>
  );
}
