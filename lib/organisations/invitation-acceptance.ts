import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { normalizeEmail } from "@/lib/accounts/email";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { maskEmail } from "@/lib/log";

type Invitee = { id: string; email: string } | null;

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  organisationId: true,
  organisation: {
    select: { name: true, translations: { select: { locale: true, name: true } } },
  },
  invitedBy: { select: { name: true, email: true } },
} as const;

export type InvitationView =
  | { state: "unknown" | "expired" | "used" }
  /** Sent to another address than the signed-in account's, shown masked. */
  | { state: "otherAccount"; invitedEmail: string }
  | {
      state: "open";
      organisation: { name: string; translations: { locale: "fr" | "ar" | "en"; name: string }[] };
      inviter: string | null;
    };

async function findByToken(token: string) {
  return db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: invitationSelect,
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof findByToken>>>;

function viewOf(actor: { email: string }, invitation: Found | null): InvitationView {
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  if (normalizeEmail(actor.email) !== invitation.email) {
    return { state: "otherAccount", invitedEmail: maskEmail(invitation.email) };
  }

  const inviter = invitation.invitedBy;

  return {
    state: "open",
    organisation: invitation.organisation,
    inviter: inviter ? inviter.name?.trim() || inviter.email : null,
  };
}

/** What the acceptance page shows for a link, for the signed-in invitee. */
export async function viewInvitation(actor: Invitee, token: string): Promise<InvitationView> {
  if (!actor?.id) throw new AppError("signInRequired");

  return viewOf(actor, await findByToken(token));
}

/**
 * Joins the organisation through a single-use link, for the account whose
 * address the invitation was sent to. The link came to that mailbox, so it
 * also confirms the address.
 */
export async function acceptInvitation(actor: Invitee, token: string) {
  if (!actor?.id) throw new AppError("signInRequired");

  const invitation = await findByToken(token);
  if (!invitation || viewOf(actor, invitation).state !== "open") throw new AppError("notFound");

  await db.$transaction(async (tx) => {
    // Claimed under a condition, so a link used twice at once works once.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("notFound");

    const key = { userId: actor.id, organisationId: invitation.organisationId };
    await tx.membership.upsert({
      where: { userId_organisationId: key },
      create: { ...key, role: invitation.role },
      update: {},
    });
    await tx.user.updateMany({
      where: { id: actor.id, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
  });

  return { organisationId: invitation.organisationId };
}
