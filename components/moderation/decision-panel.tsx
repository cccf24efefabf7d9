import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DecisionTarget } from "@/lib/moderation/decision-target";
import { DecisionForms } from "./decision-forms";
import { decisionTexts, versionOf } from "./decision-texts-of";

type Props = { locale: AppLocale; item: DecisionTarget };

/**
 * What the moderator can decide about the item, each decision a form of its
 * own under an h3: the page gives the section its heading.
 */
export async function DecisionPanel({ locale, item }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationDecisions" });
  // Reports sent after this moment were not on the page; a dismissal leaves them open.
  const shownAt = new Date().toISOString();

  return (
    <div className="space-y-3">
      <p className="text-ink-soft">{t("lead")}</p>
      <DecisionForms
        locale={locale}
        item={item}
        shownAt={shownAt}
        text={await decisionTexts(locale, versionOf(item), item.openReports)}
      />
    </div>
  );
}
