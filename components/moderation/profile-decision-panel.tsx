import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { decisionTexts } from "./decision-texts-of";
import { ProfileDecisionForms, type ProfileTarget } from "./profile-decision-forms";

type Props = { locale: AppLocale; target: ProfileTarget | null };

/** What the moderator can decide about the profile edit, under the section's heading. */
export async function ProfileDecisionPanel({ locale, target }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationDecisions" });

  return (
    <div className="space-y-3">
      <p className="text-ink-soft">{t("lead")}</p>
      <ProfileDecisionForms
        locale={locale}
        target={target}
        text={await decisionTexts(locale, "profile")}
      />
    </div>
  );
}
