import "server-only";
import { normalizeEmail } from "@/lib/accounts/email";
import { db } from "@/lib/db/client";
import { applyRoleChange } from "./apply-role-change";

export type PromotionOutcome = "promoted" | "alreadyAdmin" | "unknownEmail" | "unverified";

/**
 * Makes an existing account with a confirmed address an admin, for `npm run admin:create`, which is
 * how the first admin comes to be. No one is signed in there, so the log
 * names the account itself as the one who made the change.
 */
export async function promoteToAdmin(email: string): Promise<PromotionOutcome> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, role: true, emailVerifiedAt: true },
  });
  if (!user) return "unknownEmail";
  if (user.role === "ADMIN") return "alreadyAdmin";
  // As for moderators appointed on the site: the address must be proven first.
  if (!user.emailVerifiedAt) return "unverified";

  await applyRoleChange({
    actorId: user.id,
    targetId: user.id,
    fromRole: user.role,
    toRole: "ADMIN",
    regionCodes: [],
  });

  return "promoted";
}
