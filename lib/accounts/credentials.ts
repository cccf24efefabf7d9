import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { consume, reset } from "@/lib/rate-limit/limiters";
import { normalizeEmail } from "./email";

export type CredentialsCheck =
  | { ok: true; user: { id: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rateLimited" };

/**
 * The one place a password is checked. Known and unknown addresses take the
 * same path and the same time, and give the same answer.
 */
export async function checkCredentials(
  rawEmail: string,
  password: string,
  ip: string,
): Promise<CredentialsCheck> {
  const email = normalizeEmail(rawEmail);
  const allowed = await consume([
    { rule: "signInPerEmail", key: email },
    { rule: "signInPerIp", key: ip },
  ]);
  if (!allowed) return { ok: false, reason: "rateLimited" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !matches) return { ok: false, reason: "invalid" };

  await reset("signInPerEmail", email);

  return {
    ok: true,
    user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion },
  };
}
