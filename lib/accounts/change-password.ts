import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { confirmPassword } from "./confirm-password";

type Change = { currentPassword: string; newPassword: string };

/**
 * Sets a new password once the current one is confirmed. The session version
 * goes up, which signs the account out everywhere; the caller signs this
 * browser in again.
 */
export async function changePassword(user: { id: string; email: string }, change: Change) {
  await confirmPassword(user, change.currentPassword, "currentPassword");

  await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(change.newPassword),
      sessionVersion: { increment: 1 },
    },
  });
}
