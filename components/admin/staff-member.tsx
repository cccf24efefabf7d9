import { getTranslations } from "next-intl/server";
import { InlineActionForm } from "@/components/members/inline-action-form";
import type { AppLocale } from "@/lib/i18n/routing";
import { changeModeratorRegionsAction, revokeModeratorAction } from "@/lib/roles/actions";
import type { ModeratorsPage } from "@/lib/roles/moderators-page";
import { personLabel } from "./person-label";
import type { RegionOption } from "./region-checkboxes";
import { RegionsForm } from "./regions-form";

type Props = {
  member: ModeratorsPage["staff"][number];
  viewerId: string;
  regions: RegionOption[];
  locale: AppLocale;
};

function regionsText(codes: string[], regions: RegionOption[], all: string): string {
  if (codes.length === 0) return all;

  return regions
    .filter((region) => codes.includes(region.value))
    .map((region) => region.label)
    .join(" · ");
}

/** One admin or moderator; a moderator's regions and role can be changed here. */
export async function StaffMember({ member, viewerId, regions, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "AdminModerators" });
  const name = personLabel(member);
  const codes = member.moderatorRegions.map((region) => region.regionCode);
  const isModerator = member.role === "MODERATOR";

  return (
    <li className="space-y-3 p-4">
      <div className="min-w-0 space-y-1">
        <p className="font-semibold [overflow-wrap:anywhere]">
          <bdi>{name}</bdi>
          {member.id === viewerId ? <span className="font-normal"> {t("you")}</span> : null}
        </p>
        {member.name ? (
          <p dir="ltr" className="text-sm text-ink-soft [overflow-wrap:anywhere] rtl:text-right">
            {member.email}
          </p>
        ) : null}
        <p className="text-sm">
          <span className="font-semibold">{t("role", { role: member.role })}</span>
          {" · "}
          {isModerator ? regionsText(codes, regions, t("allRegions")) : t("adminScope")}
        </p>
      </div>
      {isModerator ? (
        <div className="flex flex-wrap items-start gap-3">
          <div className="min-w-64 flex-1">
            <RegionsForm
              action={changeModeratorRegionsAction}
              locale={locale}
              userId={member.id}
              current={codes}
              regions={regions}
              text={{
                summary: t("changeRegions"),
                summaryFull: t("changeRegionsOf", { name }),
                legend: t("regions"),
                hint: t("regionsHint"),
                submit: t("saveRegions"),
                sending: t("sending"),
              }}
            />
          </div>
          <InlineActionForm
            action={revokeModeratorAction}
            locale={locale}
            hidden={{ userId: member.id }}
            label={t("revoke")}
            accessibleLabel={t("revokeOf", { name })}
            pendingLabel={t("sending")}
          />
        </div>
      ) : null}
    </li>
  );
}
