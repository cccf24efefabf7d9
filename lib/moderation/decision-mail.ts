import "server-only";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeContent } from "@/lib/initiatives/content";
import { composeMail } from "@/lib/mail/compose";
import { siteUrl } from "@/lib/site-url";
import { MAIL_KIND_OF, mailPath, mailTitle, type DecisionMailKind } from "./decision-mail-parts";
import { mailInBackground } from "./mail-delivery";
import { reasonLabel } from "./reason-label";

export { decisionMailsSent } from "./mail-delivery";

export type Announcement = {
  initiativeId: string;
  kind: DecisionMailKind;
  /** True for a decision on an edit of a published initiative. */
  edit: boolean;
  reasonCode: string | null;
  message: string | null;
  /** The decided version, for its title. */
  content: InitiativeContent;
};

type Recipient = { email: string; locale: AppLocale; slug: string };

async function compose(recipient: Recipient, announcement: Announcement) {
  const { locale, email, slug } = recipient;
  const { kind, reasonCode, message, content } = announcement;
  const link = `${siteUrl()}/${locale}${mailPath(kind, { id: announcement.initiativeId, slug })}`;
  const values = {
    title: mailTitle(content, locale),
    version: announcement.edit ? "edit" : "new",
    reason: reasonCode ? await reasonLabel(locale, reasonCode) : "",
  };

  return composeMail(locale, MAIL_KIND_OF[kind], email, link, values, message ?? "");
}

async function recipients(initiativeId: string): Promise<Recipient[]> {
  const initiative = await db.initiative.findUniqueOrThrow({
    where: { id: initiativeId },
    select: {
      slug: true,
      organisation: {
        select: { memberships: { select: { user: { select: { email: true, locale: true } } } } },
      },
    },
  });

  return initiative.organisation.memberships.map(({ user }) => ({
    ...user,
    slug: initiative.slug,
  }));
}

/**
 * Tells every member of the organisation (owners and editors), each in their
 * own language, in the background. Failures are logged.
 */
export function announceDecision(announcement: Announcement) {
  mailInBackground(
    () => recipients(announcement.initiativeId),
    (recipient) => compose(recipient, announcement),
    announcement.kind,
  );
}
