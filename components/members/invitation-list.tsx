import { getFormatter, getTranslations } from "next-intl/server";
import { DAY } from "@/components/my-space/day";
import type { AppLocale } from "@/lib/i18n/routing";
import { revokeInvitationAction } from "@/lib/organisations/actions";
import type { MembersPage } from "@/lib/organisations/members";
import { InlineActionForm } from "./inline-action-form";

type Props = {
  invitations: MembersPage["invitations"];
  organisationId: string;
  locale: AppLocale;
};

/** Invitations not accepted yet, each with how long its link works. */
export async function InvitationList({ invitations, organisationId, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Members" });
  const format = await getFormatter({ locale });
  const now = new Date();

  if (invitations.length === 0) return <p className="text-ink-soft">{t("noPending")}</p>;

  return (
    <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white">
      {invitations.map((invitation) => {
        const date = format.dateTime(invitation.expiresAt, DAY);
        const expired = invitation.expiresAt <= now;

        return (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="min-w-0">
              <p dir="ltr" className="font-semibold [overflow-wrap:anywhere] rtl:text-right">
                {invitation.email}
              </p>
              <p className={expired ? "text-sm text-terracotta" : "text-sm text-ink-soft"}>
                {expired ? t("expiredOn", { date }) : t("validUntil", { date })}
              </p>
            </div>
            <InlineActionForm
              action={revokeInvitationAction}
              locale={locale}
              hidden={{ organisationId, invitationId: invitation.id }}
              label={t("revoke")}
              accessibleLabel={t("revokeInvitation", { email: invitation.email })}
              pendingLabel={t("sending")}
            />
          </li>
        );
      })}
    </ul>
  );
}
