import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { EditableOrganisation } from "@/lib/organisations/editable-organisation";

type Props = { organisation: EditableOrganisation; locale: AppLocale };

function noticeKey({ isPublic, revisionStatus }: EditableOrganisation) {
  if (revisionStatus === "CHANGES_REQUESTED") return "changesRequestedNotice";
  if (revisionStatus === "PENDING_REVIEW") return "pendingNotice";

  return isPublic ? "publicNotice" : null;
}

/** Whether a moderator reads what is saved here, and where the edit sent earlier stands. */
export async function ReviewNotice({ organisation, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  const key = noticeKey(organisation);
  if (!key) return null;

  return (
    <div className="space-y-2 rounded-md border border-sand-200 bg-sand-100 px-4 py-3">
      <p className="font-medium">{t(key)}</p>
      {organisation.moderatorMessage ? (
        <blockquote className="border-s-4 border-saffron ps-3">
          <p className="text-sm font-semibold text-ink-soft">{t("moderatorMessage")}</p>
          <p dir="auto" className="whitespace-pre-line">
            {organisation.moderatorMessage}
          </p>
        </blockquote>
      ) : null}
    </div>
  );
}
