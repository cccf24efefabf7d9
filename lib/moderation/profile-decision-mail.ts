import "server-only";
import { pickField } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import { isolate } from "@/lib/i18n/bidi";
import { organisationPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import { composeMail } from "@/lib/mail/compose";
import type { OrganisationContent } from "@/lib/organisations/content";
import { siteUrl } from "@/lib/site-url";
import { mailInBackground } from "./mail-delivery";
import { reasonLabel } from "./reason-label";
import type { VerdictAction } from "./verdict";

export type ProfileAnnouncement = {
  organisationId: string;
  action: VerdictAction;
  reasonCode: string | null;
  message: string | null;
  /** The decided profile, for the organisation's name. */
  content: OrganisationContent;
};

const MAIL_KIND = {
  APPROVE: "profileApproved",
  REQUEST_CHANGES: "profileChangesRequested",
  REJECT: "profileRejected",
} as const;

type Recipient = { email: string; locale: AppLocale; slug: string };

// The public page once the profile is online, the form when something must
// change, else My space.
function pathFor(action: VerdictAction, organisation: { id: string; slug: string }) {
  if (action === "APPROVE") return organisationPath(organisation.slug);
  if (action === "REQUEST_CHANGES") return `/my-space/organisations/${organisation.id}/edit`;

  return "/my-space";
}

async function compose(recipient: Recipient, announcement: ProfileAnnouncement) {
  const { locale, email, slug } = recipient;
  const { action, reasonCode, message, content, organisationId } = announcement;
  const name = pickField(content.translations, "name", locale, content.originalLocale);
  const link = `${siteUrl()}/${locale}${pathFor(action, { id: organisationId, slug })}`;
  const values = {
    name: isolate(name?.text ?? ""),
    reason: reasonCode ? await reasonLabel(locale, reasonCode) : "",
  };

  return composeMail(locale, MAIL_KIND[action], email, link, values, message ?? "");
}

async function recipients(organisationId: string): Promise<Recipient[]> {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      slug: true,
      memberships: { select: { user: { select: { email: true, locale: true } } } },
    },
  });

  return organisation.memberships.map(({ user }) => ({ ...user, slug: organisation.slug }));
}

/**
 * Tells every member of the organisation, each in their own language, what a
 * moderator decided about the edit of its profile, in the background.
 */
export function announceProfileDecision(announcement: ProfileAnnouncement) {
  mailInBackground(
    () => recipients(announcement.organisationId),
    (recipient) => compose(recipient, announcement),
    MAIL_KIND[announcement.action],
  );
}
