import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";

export type RoleChangeInput = {
  actorId: string;
  targetId: string;
  fromRole: UserRole;
  toRole: UserRole;
  /** The regions a moderator is limited to afterwards; empty: every region. */
  regionCodes: string[];
};

/**
 * Changes an account's role and regions and logs it, in one transaction.
 * The update only applies while the account still has `fromRole`, so two
 * admins acting at once cannot both succeed from the same starting point.
 */
export async function applyRoleChange(change: RoleChangeInput): Promise<void> {
  const { targetId, fromRole, toRole, regionCodes } = change;

  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: targetId, role: fromRole },
      data: { role: toRole },
    });
    if (count === 0) throw new AppError("conflict");

    await tx.moderatorRegion.deleteMany({ where: { userId: targetId } });
    if (toRole === "MODERATOR" && regionCodes.length > 0) {
      await tx.moderatorRegion.createMany({
        data: regionCodes.map((regionCode) => ({ userId: targetId, regionCode })),
      });
    }
    await tx.roleChange.create({ data: change });
  });

  log.info({ actorId: change.actorId, targetId, fromRole, toRole, regionCodes }, "role changed");
}
