import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type Actor = { id: string } | null;

/**
 * The actor's role in an organisation, or a "notFound" failure. Anyone who
 * is not a member (signed out included) gets the same answer as for an
 * organisation that does not exist, so nothing confirms that it exists.
 */
export async function requireMembership(
  actor: Actor,
  organisationId: string,
  roles: readonly MembershipRole[] = ["OWNER", "EDITOR"],
): Promise<MembershipRole> {
  // Checked before the query: a Prisma filter on an undefined id would match
  // any membership.
  if (!actor?.id) throw new AppError("notFound");

  const membership = await db.membership.findUnique({
    where: { userId_organisationId: { userId: actor.id, organisationId } },
    select: { role: true },
  });
  if (!membership || !roles.includes(membership.role)) throw new AppError("notFound");

  return membership.role;
}

/** The same rule for an initiative: the actor must belong to its organisation. */
export async function requireInitiativeAccess(actor: Actor, initiativeId: string) {
  if (!actor?.id) throw new AppError("notFound");

  const initiative = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: { id: true, organisationId: true, status: true },
  });
  if (!initiative) throw new AppError("notFound");

  const role = await requireMembership(actor, initiative.organisationId);

  return { ...initiative, role };
}
