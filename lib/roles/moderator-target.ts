import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";

/**
 * A moderator whose role an admin may change here. Admins, the acting admin
 * included, are out of reach of this page: no admin can demote another, nor
 * lock themselves out.
 */
export async function changeableModerator(adminId: string, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, moderatorRegions: { select: { regionCode: true } } },
  });
  if (!user) throw new AppError("notFound");
  if (user.id === adminId) throw new AppError("invalidInput", "userId", "roleNotSelf");
  if (user.role === "ADMIN") throw new AppError("invalidInput", "userId", "roleNotAdmin");
  if (user.role !== "MODERATOR") throw new AppError("invalidInput", "userId", "roleNotModerator");

  return { id: user.id, regionCodes: user.moderatorRegions.map((r) => r.regionCode).sort() };
}
