import "server-only";
import { organisationName } from "@/lib/content/organisation-name";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { composeMail } from "@/lib/mail/compose";
import { deliver } from "@/lib/mail/transport";
import { siteUrl } from "@/lib/site-url";

type Invitation = { email: string; token: string; organisationId: string };
type Inviter = { name: string | null; email: string };

// An invitee who already has an account reads the mail in the language they
// chose; anyone else in the language of the page the owner used.
async function mailLocale(email: string, pageLocale: AppLocale): Promise<AppLocale> {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });

  return user?.locale ?? pageLocale;
}

export async function sendInvitationMail(
  invitation: Invitation,
  inviter: Inviter,
  pageLocale: AppLocale,
) {
  const locale = await mailLocale(invitation.email, pageLocale);
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: invitation.organisationId },
    select: { name: true, translations: { select: { locale: true, name: true } } },
  });
  const link = `${siteUrl()}/${locale}/invitations/accept?token=${invitation.token}`;
  const values = {
    organisation: organisationName(organisation, locale).text,
    inviter: inviter.name?.trim() || inviter.email,
  };

  await deliver(await composeMail(locale, "invitation", invitation.email, link, values));
}
