import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { consume } from "@/lib/rate-limit/limiters";
import { sendAccountMail } from "./account-mail";
import { consumeToken, issueToken } from "./account-tokens";

/**
 * Mails a one-hour reset link if the address has an account. The caller
 * answers the same in every case; only the limits can refuse.
 */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
  const allowed = await consume([
    { rule: "resetPerEmail", key: email },
    { rule: "resetPerIp", key: ip },
  ]);
  if (!allowed) throw new AppError("rateLimited");

  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return;

  const token = await issueToken(user.id, "RESET_PASSWORD", email);
  sendAccountMail(user.locale, "resetPassword", email, `/reset-password?token=${token}`);
}

/**
 * Sets the password from a reset link, once. Every session and every other
 * reset link stops working. The link proves the mailbox, so an unconfirmed
 * address counts as confirmed from now on.
 */
export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);

  return db.$transaction(async (tx) => {
    const used = await consumeToken(token, "RESET_PASSWORD", tx);
    const user = used
      ? await tx.user.findUnique({
          where: { id: used.userId },
          select: { email: true, emailVerifiedAt: true },
        })
      : null;
    // A link sent to an address the account no longer uses gives no access.
    if (!used || !user || user.email !== used.email) throw new AppError("invalidLink");

    const now = new Date();
    await tx.user.update({
      where: { id: used.userId },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        emailVerifiedAt: user.emailVerifiedAt ?? now,
      },
    });
    await tx.accountToken.updateMany({
      where: { userId: used.userId, kind: "RESET_PASSWORD", usedAt: null },
      data: { usedAt: now },
    });

    return { email: user.email };
  });
}
