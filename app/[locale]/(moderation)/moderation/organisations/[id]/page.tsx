import { clsx } from "clsx";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionHistory } from "@/components/moderation/decision-history";
import { DiffView } from "@/components/moderation/diff-view";
import { OrganisationCard } from "@/components/moderation/organisation-card";
import { ProfileDecisionPanel } from "@/components/moderation/profile-decision-panel";
import { ProfileReviewHeader } from "@/components/moderation/profile-review-header";
import { organisationName } from "@/lib/content/organisation-name";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { getProfileReview } from "@/lib/moderation/profile-review";
import { requireModerator } from "@/lib/moderation/require-moderator";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { params: Promise<{ locale: string; id: string }> };

async function guard(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { scope } = await requireModerator(locale, `/${locale}/moderation/organisations/${id}`);

  return { locale, id, scope };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id, scope } = await guard(params);
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const review = await getProfileReview(scope, id);
  const title = review ? organisationName(review.organisation, locale).text : t("untitled");

  return { title: t("metaTitle", { title }), robots: { index: false, follow: false } };
}

export default async function ProfileReviewPage({ params }: Props) {
  const { locale, id, scope } = await guard(params);
  const review = await getProfileReview(scope, id);
  if (!review) notFound();

  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const lookups = await loadReferenceLookups();
  const { comparison, proposal } = review;
  const target = proposal
    ? {
        organisationId: id,
        revisionId: proposal.revisionId,
        submittedAt: proposal.submittedAt.toISOString(),
      }
    : null;

  return (
    <div className="space-y-6">
      <ProfileReviewHeader locale={locale} review={review} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {comparison ? (
            <DiffView locale={locale} lookups={lookups} precision="DAY" comparison={comparison} />
          ) : null}
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
          <ProfileDecisionPanel locale={locale} target={target} />
        </section>
      </div>
    </div>
  );
}
