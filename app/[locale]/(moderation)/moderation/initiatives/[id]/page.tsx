import { clsx } from "clsx";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentDetails } from "@/components/moderation/content-details";
import { ContentLanguages } from "@/components/moderation/content-languages";
import { DecisionHistory } from "@/components/moderation/decision-history";
import { DecisionPanel } from "@/components/moderation/decision-panel";
import { DiffView } from "@/components/moderation/diff-view";
import { OrganisationCard } from "@/components/moderation/organisation-card";
import { ReportList } from "@/components/moderation/report-list";
import { ReviewHeader } from "@/components/moderation/review-header";
import { ReviewSection } from "@/components/moderation/review-section";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { getReview } from "@/lib/moderation/review";
import { requireModerator } from "@/lib/moderation/require-moderator";
import { reviewTitle } from "@/lib/moderation/review-title";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { params: Promise<{ locale: string; id: string }> };

async function guard(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { scope } = await requireModerator(locale, `/${locale}/moderation/initiatives/${id}`);

  return { locale, id, scope };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id, scope } = await guard(params);
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const title = (await reviewTitle(scope, id, locale))?.text ?? t("untitled");

  return { title: t("metaTitle", { title }), robots: { index: false, follow: false } };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, id, scope } = await guard(params);
  const review = await getReview(scope, id);
  if (!review) notFound();

  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const lookups = await loadReferenceLookups();
  const { comparison, proposal } = review;
  const diffContext = { locale, lookups, precision: review.initiative.datePrecision };
  // An edit is read in its diff first; the whole proposed version stays at hand.
  const shown = proposal?.content ?? review.content;
  const now = new Date();

  return (
    <div className="space-y-6">
      <ReviewHeader locale={locale} review={review} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {review.reports.length > 0 ? (
            <ReportList locale={locale} reports={review.reports} now={now} />
          ) : null}
          {comparison ? <DiffView {...diffContext} comparison={comparison} /> : null}
          <ReviewSection
            id="content"
            title={proposal ? t("proposedTitle") : t("contentTitle")}
            folded={Boolean(proposal)}
          >
            <ContentLanguages locale={locale} content={shown} idPrefix="content" />
            <ContentDetails
              locale={locale}
              content={shown}
              precision={review.initiative.datePrecision}
              lookups={lookups}
            />
          </ReviewSection>
        </div>
        <aside className="space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <OrganisationCard locale={locale} organisation={review.organisation} lookups={lookups} />
          <DecisionHistory locale={locale} decisions={review.decisions} />
        </aside>
        <section
          aria-labelledby="decision-title"
          className={clsx(
            "space-y-3 rounded-xl border-2 border-green-700 bg-white p-4 sm:p-6",
            "lg:col-start-1 lg:row-start-2",
          )}
        >
          <h2 id="decision-title" className="text-2xl font-bold text-green-900">
            {t("decisionTitle")}
          </h2>
          <DecisionPanel locale={locale} item={review.target} />
        </section>
      </div>
    </div>
  );
}
