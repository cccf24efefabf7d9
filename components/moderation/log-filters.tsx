import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { ModerationAction } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import type { LogParams } from "@/lib/moderation/log-params";

type Props = { locale: AppLocale; params: LogParams };

const submitClass = clsx(
  "min-h-11 rounded-lg bg-green-700 px-5 py-2.5",
  "font-semibold text-white hover:bg-green-800",
);

const fieldClass =
  "w-full rounded-lg border border-sand-200 bg-white px-3 py-2.5 text-base focus:border-green-700";

/** A plain GET form choosing one kind of decision; a new choice starts from the newest. */
export async function LogFilters({ locale, params }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationLog" });

  return (
    <form
      key={params.action ?? ""}
      method="get"
      action={`/${locale}/moderation/log`}
      aria-label={t("filters")}
      className="flex flex-wrap items-end gap-3 rounded-xl bg-sand-100 p-4"
    >
      <label className="flex min-w-60 flex-col gap-1 text-sm font-semibold">
        {t("actionLabel")}
        <select name="action" defaultValue={params.action ?? ""} className={fieldClass}>
          <option value="">{t("allActions")}</option>
          {Object.values(ModerationAction).map((action) => (
            <option key={action} value={action}>
              {t(`action.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={submitClass}>
        {t("apply")}
      </button>
    </form>
  );
}
