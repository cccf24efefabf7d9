import { getFormatter, getTranslations } from "next-intl/server";
import { DAY } from "@/components/my-space/day";
import type { AppLocale } from "@/lib/i18n/routing";
import { removeMemberAction } from "@/lib/organisations/actions";
import type { MembersPage } from "@/lib/organisations/members";
import { InlineActionForm } from "./inline-action-form";

type Props = {
  members: MembersPage["members"];
  organisationId: string;
  viewerId: string;
  locale: AppLocale;
};

/** Who belongs to the organisation; the owner may remove anyone but themself. */
export async function MemberList({ members, organisationId, viewerId, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Members" });
  const format = await getFormatter({ locale });

  return (
    <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white">
      {members.map(({ user, role, createdAt }) => {
        const name = user.name?.trim() || user.email;

        return (
          <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="min-w-0">
              <p className="font-semibold [overflow-wrap:anywhere]">
                <bdi>{name}</bdi>
                {user.id === viewerId ? <span className="font-normal"> {t("you")}</span> : null}
              </p>
              {user.name ? (
                <p
                  dir="ltr"
                  className="text-sm text-ink-soft [overflow-wrap:anywhere] rtl:text-right"
                >
                  {user.email}
                </p>
              ) : null}
              <p className="text-sm text-ink-soft">
                {t("role", { role })} · {t("since", { date: format.dateTime(createdAt, DAY) })}
              </p>
            </div>
            {role === "OWNER" ? null : (
              <InlineActionForm
                action={removeMemberAction}
                locale={locale}
                hidden={{ organisationId, userId: user.id }}
                label={t("remove")}
                accessibleLabel={t("removeMember", { name })}
                pendingLabel={t("sending")}
                confirm={{ question: t("removeQuestion", { name }), yes: t("removeYes") }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
