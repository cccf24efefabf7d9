import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { consume, reset } from "@/lib/rate-limit/limiters";

/**
 * Asks for the password again before a sensitive change. Counted like a
 * sign-in, so a borrowed session cannot be used to guess the password.
 */
export async function confirmPassword(
  user: { id: string; email: string },
  password: string,
  field: string,
): Promise<void> {
  if (!(await consume([{ rule: "signInPerEmail", key: user.email }]))) {
    throw new AppError("rateLimited");
  }

  const stored = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(stored?.passwordHash ?? null, password))) {
    throw new AppError("invalidInput", field, "currentPasswordWrong");
  }

  await reset("signInPerEmail", user.email);
}
