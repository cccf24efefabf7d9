import "server-only";
import { normalizeEmail } from "@/lib/accounts/email";
import { AppError } from "@/lib/actions/app-error";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { consume } from "@/lib/rate-limit/limiters";
import type { Actor } from "./access";
import { sendInvitationMail } from "./invitation-mail";
import { requireOwner } from "./require-owner";

export const INVITATION_DAYS = 7;

type Inviter = { id: string; name: string | null; email: string } | null;

type Invite = { organisationId: string; email: string };

async function refuseMember(organisationId: string, email: string) {
  const member = await db.membership.findFirst({
    where: { organisationId, user: { email } },
    select: { userId: true },
  });
  if (member) throw new AppError("invalidInput", "email", "memberAlreadyIn");
}

/**
 * Invites someone by email to edit the organisation's profile and
 * initiatives, for the owner. Inviting the same address again replaces the
 * earlier link, so only the newest mail works.
 */
export async function inviteMember(
  actor: Inviter,
  { organisationId, email: typed }: Invite,
  locale: AppLocale,
) {
  const inviter = await requireOwner(actor, organisationId);
  const email = normalizeEmail(typed);

  await refuseMember(organisationId, email);
  if (!(await consume([{ rule: "invitePerUser", key: inviter.id }]))) {
    throw new AppError("rateLimited");
  }

  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.deleteMany({ where: { organisationId, email, acceptedAt: null } });

    return tx.invitation.create({
      data: { organisationId, email, tokenHash, expiresAt, invitedById: inviter.id },
      select: { id: true },
    });
  });

  await sendInvitationMail({ email, token, organisationId }, inviter, locale);
  log.info({ organisationId, invitationId: invitation.id }, "invitation sent");

  return invitation;
}

/** Withdraws an invitation that has not been accepted yet, for the owner. */
export async function revokeInvitation(
  actor: Actor,
  { organisationId, invitationId }: { organisationId: string; invitationId: string },
) {
  await requireOwner(actor, organisationId);

  const removed = await db.invitation.deleteMany({
    where: { id: invitationId, organisationId, acceptedAt: null },
  });
  if (removed.count === 0) throw new AppError("notFound");
}
