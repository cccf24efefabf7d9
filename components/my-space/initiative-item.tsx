import { getFormatter, getTranslations } from "next-intl/server";
import { langAttributes, pickField } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { initiativePath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MySpaceInitiative } from "@/lib/organisations/my-space";
import { DAY } from "./day";
import { FeedbackNote } from "./feedback-note";

type Props = { initiative: MySpaceInitiative; locale: AppLocale };

const action =
  "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-green-800 underline";

/** One initiative in My space: its title, when it last changed, and what to do with it. */
export async function InitiativeItem({ initiative, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "MySpace" });
  const format = await getFormatter({ locale });
  const title = pickField(initiative.translations, "title", locale, initiative.originalLocale);
  const titleText = title?.text ?? t("untitled");

  return (
    <li className="space-y-2 rounded-lg border border-sand-200 bg-sand-50 p-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <div>
          <p className="font-semibold [overflow-wrap:anywhere]" {...langAttributes(title)}>
            {titleText}
          </p>
          <p className="text-sm text-ink-soft">
            {t("updated", { date: format.dateTime(initiative.updatedAt, DAY) })}
          </p>
        </div>
        <p className="flex flex-wrap">
          <Link href={`/my-space/initiatives/${initiative.id}/edit`} className={action}>
            {t("edit")}
            <span className="sr-only"> {titleText}</span>
          </Link>
          {initiative.status === "PUBLISHED" ? (
            <Link href={initiativePath(initiative.slug)} className={action}>
              {t("view")}
              <span className="sr-only"> {titleText}</span>
            </Link>
          ) : null}
        </p>
      </div>
      {initiative.feedback ? <FeedbackNote feedback={initiative.feedback} locale={locale} /> : null}
    </li>
  );
}
