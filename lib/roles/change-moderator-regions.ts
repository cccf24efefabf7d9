import "server-only";
import { applyRoleChange } from "./apply-role-change";
import { changeableModerator } from "./moderator-target";
import { requireAdmin, type Actor } from "./require-admin";
import type { ModeratorRegionsInput } from "./role-schemas";

/**
 * Sets the regions a moderator works on, for an admin (none: every region).
 * Returns false when they were already those, and then logs nothing.
 */
export async function changeModeratorRegions(
  actor: Actor,
  { userId, regionCodes }: ModeratorRegionsInput,
): Promise<boolean> {
  const admin = await requireAdmin(actor);
  const moderator = await changeableModerator(admin.id, userId);
  if (moderator.regionCodes.join() === regionCodes.join()) return false;

  await applyRoleChange({
    actorId: admin.id,
    targetId: moderator.id,
    fromRole: "MODERATOR",
    toRole: "MODERATOR",
    regionCodes,
  });

  return true;
}
