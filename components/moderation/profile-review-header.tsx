import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { organisationPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ProfileReview } from "@/lib/moderation/profile-review";
import { DAY } from "./formats";
import { KindBadge } from "./kind-badge";

type Props = { locale: AppLocale; review: ProfileReview };

/** The organisation's public name, that a profile edit waits, and since when. */
export async function ProfileReviewHeader({ locale, review }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const queue = await getTranslations({ locale, namespace: "ModerationQueue" });
  const format = await getFormatter({ locale });
  const { organisation, proposal } = review;
  const name = organisationName(organisation, locale);

  return (
    <header className="space-y-3">
      <BackLink href="/moderation" label={t("back")} />
      {proposal ? (
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind="profile" label={queue("kind.profile")} />
        </div>
      ) : null}
      {/* The inner span carries the name's own direction; the block keeps the page's alignment. */}
      <h1 className="text-3xl font-extrabold leading-tight text-green-900">
        <span {...langAttributes(name)}>{name.text}</span>
      </h1>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-soft">
        {proposal ? (
          <span>{t("editSubmittedAt", { date: format.dateTime(proposal.submittedAt, DAY) })}</span>
        ) : null}
        {organisation.initiatives.published > 0 ? (
          <Link
            href={organisationPath(organisation.slug)}
            className="font-semibold text-green-800 underline"
          >
            {t("publicPage")}
          </Link>
        ) : null}
      </p>
    </header>
  );
}
