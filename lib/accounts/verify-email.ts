import "server-only";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/actions/app-error";
import { consume } from "@/lib/rate-limit/limiters";
import { sendAccountMail } from "./account-mail";
import { consumeToken, issueToken } from "./account-tokens";

export type VerificationOutcome = "verified" | "invalid";

// A link opened twice (a double click, a mail app that opens it first) says
// "confirmed" when the address it was sent to is confirmed, whoever used it.
async function outcomeOf(token: string): Promise<VerificationOutcome> {
  const found = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { kind: true, email: true, user: { select: { email: true, emailVerifiedAt: true } } },
  });
  const confirmed =
    found?.kind === "VERIFY_EMAIL" &&
    found.user.email === found.email &&
    found.user.emailVerifiedAt !== null;

  return confirmed ? "verified" : "invalid";
}

/**
 * Confirms the address a verification link was sent to, if it is still the
 * account's. Using the token and confirming the address commit together: a
 * second opening at the same moment waits on the token's row lock, then reads
 * the address as confirmed rather than catching it half done.
 */
export async function verifyEmail(token: string): Promise<VerificationOutcome> {
  await db.$transaction(async (tx) => {
    const used = await consumeToken(token, "VERIFY_EMAIL", tx);
    if (!used) return;

    await tx.user.updateMany({
      where: { id: used.userId, email: used.email, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
  });

  return outcomeOf(token);
}

/**
 * Mails a new verification link if the account still needs one. The answer
 * is the same either way; the limit keeps it from flooding an address.
 */
export async function resendVerification(userId: string): Promise<void> {
  if (!(await consume([{ rule: "accountMailPerUser", key: userId }]))) {
    throw new AppError("rateLimited");
  }

  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, locale: true, emailVerifiedAt: true },
  });
  if (!user || user.emailVerifiedAt) return;

  const token = await issueToken(userId, "VERIFY_EMAIL", user.email);
  sendAccountMail(user.locale, "verifyEmail", user.email, `/verify-email?token=${token}`);
}
