import { getTranslations } from "next-intl/server";
import { FormStatus } from "@/components/form/form-status";
import type { AppLocale } from "@/lib/i18n/routing";
import type { EditableInitiative } from "@/lib/initiatives/editable-initiative";
import type { SavedOutcome } from "@/lib/initiatives/saved-outcome";

const SAVED_MESSAGE = {
  draft: "savedDraft",
  submitted: "savedSubmitted",
  revisionDraft: "savedRevisionDraft",
  revisionSubmitted: "savedRevisionSubmitted",
  withdrawn: "savedWithdrawn",
} as const;

type Props = { initiative: EditableInitiative; saved?: SavedOutcome; locale: AppLocale };

function noticeKey({ status, revisionStatus }: EditableInitiative) {
  if (status === "CHANGES_REQUESTED" || revisionStatus === "CHANGES_REQUESTED") {
    return "changesRequested";
  }
  if (revisionStatus === "PENDING_REVIEW") return "revisionPending";
  if (status === "PUBLISHED") return "publishedNotice";
  if (status === "PENDING_REVIEW") return "pendingNotice";
  if (status === "REJECTED" || status === "ARCHIVED" || status === "UNPUBLISHED") {
    return "closedNotice";
  }

  return null;
}

/** What just happened (after a save), then where the initiative stands and what it allows. */
export async function EditNotices({ initiative, saved, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });
  const key = noticeKey(initiative);

  return (
    <div className="space-y-3">
      <FormStatus ok message={saved ? t(SAVED_MESSAGE[saved]) : undefined} />
      {key ? (
        <div className="space-y-2 rounded-md border border-sand-200 bg-sand-100 px-4 py-3">
          <p className="font-medium">{t(key)}</p>
          {initiative.moderatorMessage ? (
            <blockquote className="border-s-4 border-saffron ps-3">
              <p className="text-sm font-semibold text-ink-soft">{t("moderatorMessage")}</p>
              <p dir="auto">{initiative.moderatorMessage}</p>
            </blockquote>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
