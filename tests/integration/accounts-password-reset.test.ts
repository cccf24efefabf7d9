import { describe, expect } from "vitest";
import { isUsableToken, issueToken } from "@/lib/accounts/account-tokens";
import { checkCredentials } from "@/lib/accounts/credentials";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { sentTo, test, tokenSentTo } from "./support/accounts";

const newPassword = "un tout nouveau mot de passe";

describe("password reset", () => {
  test("an address with an account gets a one-hour link in the account's language", async ({
    accounts,
  }) => {
    const user = await accounts.user({ locale: "ar" });

    await requestPasswordReset(user.email, accounts.ip());
    const { mail, token } = await tokenSentTo(user.email);
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });

    expect(mail.subject).toBe("أعد تعيين كلمة مرورك");
    expect(mail.text).toContain(`/ar/reset-password?token=${token}`);
    expect(stored.kind).toBe("RESET_PASSWORD");
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(3_600_000, -3);
  });

  test("an address without an account gets no mail and the same answer", async ({ accounts }) => {
    const nobody = accounts.email("nobody");

    await expect(requestPasswordReset(nobody, accounts.ip())).resolves.toBeUndefined();

    expect(await sentTo(nobody)).toHaveLength(0);
  });

  test("the link sets the password, ends sessions and confirms the address", async ({
    accounts,
  }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "RESET_PASSWORD", user.email);

    await expect(resetPassword(token, newPassword)).resolves.toEqual({ email: user.email });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await checkCredentials(user.email, newPassword, accounts.ip())).ok).toBe(true);
    expect((await checkCredentials(user.email, user.password, accounts.ip())).ok).toBe(false);
  });

  test("the link works once", async ({ accounts }) => {
    const user = await accounts.user();
    const token = await issueToken(user.id, "RESET_PASSWORD", user.email);

    await resetPassword(token, newPassword);

    await expect(resetPassword(token, "yet another password")).rejects.toMatchObject({
      code: "invalidLink",
    });
    expect((await checkCredentials(user.email, newPassword, accounts.ip())).ok).toBe(true);
  });

  test("using a link ends every other reset link of the account", async ({ accounts }) => {
    const user = await accounts.user();
    const token = await issueToken(user.id, "RESET_PASSWORD", user.email);
    const other = newToken();
    await db.accountToken.create({
      data: {
        userId: user.id,
        kind: "RESET_PASSWORD",
        email: user.email,
        tokenHash: other.tokenHash,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });

    await resetPassword(token, newPassword);

    expect(await isUsableToken(other.token, "RESET_PASSWORD")).toBe(false);
  });

  test("an expired link is refused and changes nothing", async ({ accounts }) => {
    const user = await accounts.user();
    const token = await issueToken(user.id, "RESET_PASSWORD", user.email);
    await db.accountToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(await isUsableToken(token, "RESET_PASSWORD")).toBe(false);
    await expect(resetPassword(token, newPassword)).rejects.toMatchObject({ code: "invalidLink" });
    expect((await checkCredentials(user.email, user.password, accounts.ip())).ok).toBe(true);
  });

  test("a link sent before the address changed gives no access", async ({ accounts }) => {
    const user = await accounts.user();
    const token = await issueToken(user.id, "RESET_PASSWORD", user.email);
    const moved = accounts.email("moved");
    await db.user.update({ where: { id: user.id }, data: { email: moved } });

    await expect(resetPassword(token, newPassword)).rejects.toMatchObject({ code: "invalidLink" });
    expect((await checkCredentials(moved, user.password, accounts.ip())).ok).toBe(true);
  });

  test("a verification link cannot reset a password", async ({ accounts }) => {
    const user = await accounts.user();
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);

    await expect(resetPassword(token, newPassword)).rejects.toMatchObject({ code: "invalidLink" });
  });
});
