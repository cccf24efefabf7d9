import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { applyRoleChange } from "./apply-role-change";
import { requireAdmin, type Actor } from "./require-admin";
import type { GrantModeratorInput } from "./role-schemas";

// The account behind the address when it can become a moderator; otherwise
// the reason, as a FormErrors key shown next to the field.
async function memberByEmail(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("invalidInput", "email", "roleAccountUnknown");
  if (!user.emailVerifiedAt) throw new AppError("invalidInput", "email", "roleAccountUnverified");
  if (user.role === "ADMIN") throw new AppError("invalidInput", "email", "roleAlreadyAdmin");
  if (user.role === "MODERATOR") {
    throw new AppError("invalidInput", "email", "roleAlreadyModerator");
  }

  return user;
}

/**
 * Makes an existing, verified account a moderator, for an admin, limited to
 * the given regions (none: every region).
 */
export async function grantModerator(actor: Actor, { email, regionCodes }: GrantModeratorInput) {
  const admin = await requireAdmin(actor);
  const target = await memberByEmail(email);

  await applyRoleChange({
    actorId: admin.id,
    targetId: target.id,
    fromRole: "MEMBER",
    toRole: "MODERATOR",
    regionCodes,
  });
}
