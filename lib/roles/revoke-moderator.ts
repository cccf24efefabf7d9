import "server-only";
import { applyRoleChange } from "./apply-role-change";
import { changeableModerator } from "./moderator-target";
import { requireAdmin, type Actor } from "./require-admin";

/** Takes the moderator role back, for an admin; the account stays, as a member. */
export async function revokeModerator(actor: Actor, { userId }: { userId: string }) {
  const admin = await requireAdmin(actor);
  const moderator = await changeableModerator(admin.id, userId);

  await applyRoleChange({
    actorId: admin.id,
    targetId: moderator.id,
    fromRole: "MODERATOR",
    toRole: "MEMBER",
    regionCodes: [],
  });
}
