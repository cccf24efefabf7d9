import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { Actor } from "./access";
import { requireOwner } from "./require-owner";

type Target = { organisationId: string; userId: string };

/**
 * Removes a member, for the owner. The owner cannot remove themself: an
 * organisation always keeps an owner (hand ownership over first).
 */
export async function removeMember(actor: Actor, { organisationId, userId }: Target) {
  await requireOwner(actor, organisationId);

  await db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
      select: { role: true },
    });
    if (!target) throw new AppError("notFound");

    if (target.role === "OWNER") {
      const owners = await tx.membership.count({ where: { organisationId, role: "OWNER" } });
      if (owners <= 1) throw new AppError("invalidInput", "userId", "memberLastOwner");
    }

    await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
  });
}

/**
 * Makes another member the owner; the former owner stays as an editor. Both
 * changes happen together or not at all, and the owner row is updated first,
 * so two hand-overs sent at once cannot both succeed.
 */
export async function transferOwnership(actor: Actor, { organisationId, userId }: Target) {
  const { id: actorId } = await requireOwner(actor, organisationId);
  if (userId === actorId) throw new AppError("invalidInput", "userId", "memberAlreadyOwner");

  await db.$transaction(async (tx) => {
    const stepped = await tx.membership.updateMany({
      where: { userId: actorId, organisationId, role: "OWNER" },
      data: { role: "EDITOR" },
    });
    if (stepped.count !== 1) throw new AppError("conflict");

    const promoted = await tx.membership.updateMany({
      where: { userId, organisationId },
      data: { role: "OWNER" },
    });
    if (promoted.count !== 1) throw new AppError("invalidInput", "userId", "memberMissing");
  });
}
