import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ProfileEditState } from "@/lib/organisations/profile-edit-state";
import { FeedbackNote } from "./feedback-note";

type Props = { edit: ProfileEditState; locale: AppLocale };

/** Where the latest edit of the profile stands, with the moderator's words when there are some. */
export async function ProfileEditNote({ edit, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "MySpace" });

  return (
    <div className="space-y-2 rounded-md bg-sand-100 p-3 text-[0.95rem]">
      <p className="font-semibold">{t(`profileEdit.${edit.status}`)}</p>
      {edit.feedback ? <FeedbackNote feedback={edit.feedback} locale={locale} /> : null}
    </div>
  );
}
