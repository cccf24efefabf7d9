import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { consume } from "@/lib/rate-limit/limiters";
import { sendAccountMail } from "./account-mail";
import { consumeToken, issueToken } from "./account-tokens";
import { confirmPassword } from "./confirm-password";

type Account = { id: string; email: string };

/**
 * Mails a confirmation link to the new address; nothing changes until it is
 * opened. An address that belongs to another account gets no mail, and the
 * caller answers the same, so the form cannot be used to test addresses.
 */
export async function requestEmailChange(
  user: Account,
  input: { email: string; password: string },
) {
  if (input.email === user.email) throw new AppError("invalidInput", "email", "emailUnchanged");

  await confirmPassword(user, input.password, "password");
  if (!(await consume([{ rule: "accountMailPerUser", key: user.id }]))) {
    throw new AppError("rateLimited");
  }

  const taken = await db.user.count({ where: { email: input.email } });
  if (taken) return;

  const { locale } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { locale: true },
  });
  const token = await issueToken(user.id, "CHANGE_EMAIL", input.email);
  sendAccountMail(locale, "changeEmail", input.email, `/confirm-email?token=${token}`);
}

export type EmailChangeOutcome =
  { status: "changed"; email: string } | { status: "taken" } | { status: "invalid" };

/**
 * Moves the account to the address a change link was sent to, which is
 * thereby confirmed. Sessions end, as after a password change.
 */
export async function confirmEmailChange(token: string): Promise<EmailChangeOutcome> {
  const used = await consumeToken(token, "CHANGE_EMAIL");
  if (!used) return { status: "invalid" };

  try {
    await db.user.update({
      where: { id: used.userId },
      data: { email: used.email, emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } },
    });
  } catch (error) {
    // Someone signed up with that address after the link was sent.
    if (isUniqueViolation(error)) return { status: "taken" };
    throw error;
  }

  return { status: "changed", email: used.email };
}
