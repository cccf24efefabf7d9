import { getFormatter, getTranslations } from "next-intl/server";
import { DAY } from "@/components/my-space/day";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ModeratorsPage } from "@/lib/roles/moderators-page";
import { personLabel } from "./person-label";
import type { RegionOption } from "./region-checkboxes";

type Props = { history: ModeratorsPage["history"]; regions: RegionOption[]; locale: AppLocale };

const WHEN = { ...DAY, hour: "2-digit", minute: "2-digit" } as const;

/** Who changed whose role, when, from what to what, newest first. */
export async function RoleHistory({ history, regions, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "AdminModerators" });
  const format = await getFormatter({ locale });
  const regionLabel = new Map(regions.map((region) => [region.value, region.label]));

  if (history.length === 0) return <p className="text-ink-soft">{t("historyEmpty")}</p>;

  return (
    <ol className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white">
      {history.map((change) => {
        const byCommand = change.actor.id === change.target.id;
        const names = change.regionCodes.map((code) => regionLabel.get(code) ?? code);
        const scoped = change.toRole === "MODERATOR";

        return (
          <li key={change.id} className="space-y-1 p-4 text-[0.95rem]">
            <p className="text-sm text-ink-soft">
              <time dateTime={change.createdAt.toISOString()}>
                {format.dateTime(change.createdAt, WHEN)}
              </time>
            </p>
            <p>
              {t.rich("historyChange", {
                target: personLabel(change.target),
                from: t("role", { role: change.fromRole }),
                to: t("role", { role: change.toRole }),
                who: (chunks) => <bdi className="font-semibold">{chunks}</bdi>,
              })}
            </p>
            {scoped ? (
              <p>
                {names.length > 0
                  ? t("historyRegions", { regions: names.join(" · ") })
                  : t("historyAllRegions")}
              </p>
            ) : null}
            <p className="text-sm text-ink-soft">
              {byCommand
                ? t("historyByCommand")
                : t.rich("historyBy", {
                    actor: personLabel(change.actor),
                    who: (chunks) => <bdi>{chunks}</bdi>,
                  })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
