import { getTranslations } from "next-intl/server";
import { organisationName } from "@/lib/content/organisation-name";
import { isolate } from "@/lib/i18n/bidi";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { acceptInvitationAction } from "@/lib/organisations/actions";
import type { InvitationView } from "@/lib/organisations/invitation-acceptance";
import { AcceptForm } from "./accept-form";

type Props = { view: InvitationView; token: string; locale: AppLocale };

/** What an invitation link leads to: the invitation to accept, or why it cannot be. */
export async function InvitationAnswer({ view, token, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "InvitationAccept" });

  if (view.state !== "open") {
    const text =
      view.state === "otherAccount"
        ? t("otherAccount", { email: isolate(view.invitedEmail) })
        : t(view.state);

    return (
      <div className="space-y-4">
        <p className="rounded-md border-s-4 border-terracotta bg-sand-100 p-4">{text}</p>
        <Link href="/my-space" className="font-semibold text-green-800 underline">
          {t("mySpace")}
        </Link>
      </div>
    );
  }

  const organisation = isolate(organisationName(view.organisation, locale).text);
  const invitation = view.inviter
    ? t("open", { inviter: isolate(view.inviter), organisation })
    : t("openUnsigned", { organisation });

  return (
    <div className="space-y-4">
      <p className="text-lg">{invitation}</p>
      <p className="text-ink-soft">{t("openHint")}</p>
      <AcceptForm
        action={acceptInvitationAction}
        locale={locale}
        token={token}
        text={{ submit: t("accept"), pending: t("joining") }}
      />
    </div>
  );
}
