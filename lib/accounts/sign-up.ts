import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { AppLocale } from "@/lib/i18n/routing";
import { consume } from "@/lib/rate-limit/limiters";
import { sendAccountMail } from "./account-mail";
import { issueToken } from "./account-tokens";

type SignUp = { name: string | null; email: string; password: string };

async function warnExistingAccount(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });

  if (user) sendAccountMail(user.locale, "accountExists", email, "/forgot-password");
}

/**
 * Creates an unverified account and mails its verification link. For an
 * address that already has an account, the owner gets a mail saying so
 * instead; the caller cannot tell the two cases apart, by answer or by time.
 */
export async function signUp(input: SignUp, context: { locale: AppLocale; ip: string }) {
  if (!(await consume([{ rule: "signUpPerIp", key: context.ip }]))) {
    throw new AppError("rateLimited");
  }

  const { name, email } = input;
  const passwordHash = await hashPassword(input.password);
  const exists = await db.user.count({ where: { email } });
  if (exists) return warnExistingAccount(email);

  try {
    const user = await db.user.create({
      data: { email, name, passwordHash, locale: context.locale },
      select: { id: true },
    });
    const token = await issueToken(user.id, "VERIFY_EMAIL", email);

    sendAccountMail(context.locale, "verifyEmail", email, `/verify-email?token=${token}`);
  } catch (error) {
    // Two sign-ups for one address at the same moment: the second is the existing case.
    if (!isUniqueViolation(error)) throw error;

    await warnExistingAccount(email);
  }
}
