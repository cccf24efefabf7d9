import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes, pickField } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { initiativePath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { QueueKind } from "@/lib/moderation/queue-params";
import type { Review } from "@/lib/moderation/review";
import { DAY } from "./formats";
import { KindBadge } from "./kind-badge";

type Props = { locale: AppLocale; review: Review };

/** Why the item is in the queue: a new submission, an edit, reports, or several. */
export function kindsOf({ initiative, proposal, reports }: Review): QueueKind[] {
  const kinds: QueueKind[] = [];
  if (initiative.status === "PENDING_REVIEW") kinds.push("submission");
  if (proposal) kinds.push("edit");
  if (initiative.status === "PUBLISHED" && reports.length > 0) kinds.push("report");

  return kinds;
}

/** The initiative's title, whose it is, where it stands and since when. */
export async function ReviewHeader({ locale, review }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const queue = await getTranslations({ locale, namespace: "ModerationQueue" });
  const format = await getFormatter({ locale });
  const { initiative, content, proposal } = review;
  const title = pickField(content.translations, "title", locale, content.originalLocale);
  const organisation = organisationName(review.organisation, locale);

  return (
    <header className="space-y-3">
      <BackLink href="/moderation" label={t("back")} />
      <div className="flex flex-wrap items-center gap-2">
        {kindsOf(review).map((kind) => (
          <KindBadge key={kind} kind={kind} label={queue(`kind.${kind}`)} />
        ))}
        <span className="rounded-full bg-sand-100 px-2.5 py-0.5 text-sm font-semibold">
          {t("statusIs", { status: t(`status.${initiative.status}`) })}
        </span>
      </div>
      {/* Inner spans carry the text's own direction; the blocks keep the page's alignment. */}
      <h1 className="text-3xl font-extrabold leading-tight text-green-900">
        <span {...langAttributes(title)}>{title?.text ?? t("untitled")}</span>
      </h1>
      <p className="text-lg">
        <span {...langAttributes(organisation)}>{organisation.text}</span>
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-soft">
        {initiative.submittedAt ? (
          <span>{t("submittedAt", { date: format.dateTime(initiative.submittedAt, DAY) })}</span>
        ) : null}
        {initiative.publishedAt ? (
          <span>{t("publishedAt", { date: format.dateTime(initiative.publishedAt, DAY) })}</span>
        ) : null}
        {proposal?.submittedAt ? (
          <span>{t("editSubmittedAt", { date: format.dateTime(proposal.submittedAt, DAY) })}</span>
        ) : null}
        {initiative.status === "PUBLISHED" ? (
          <Link
            href={initiativePath(initiative.slug)}
            className="font-semibold text-green-800 underline"
          >
            {t("publicPage")}
          </Link>
        ) : null}
      </p>
    </header>
  );
}
