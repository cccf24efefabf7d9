import { describe, expect } from "vitest";
import { issueToken } from "@/lib/accounts/account-tokens";
import { resendVerification, verifyEmail } from "@/lib/accounts/verify-email";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { sentTo, test, tokenSentTo } from "./support/accounts";

const verifiedAt = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id } }).then((user) => user.emailVerifiedAt);

describe("email verification", () => {
  test("a valid link confirms the address", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);

    expect(await verifyEmail(token)).toBe("verified");
    expect(await verifiedAt(user.id)).toBeInstanceOf(Date);
  });

  test("a link works once: used again it confirms nothing", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);

    await verifyEmail(token);
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });

    expect(await verifyEmail(token)).toBe("invalid");
    expect(await verifiedAt(user.id)).toBeNull();
  });

  test("opening the link twice says the address is confirmed both times", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);

    expect(await Promise.all([verifyEmail(token), verifyEmail(token)])).toEqual([
      "verified",
      "verified",
    ]);
    const stored = await db.accountToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
    });
    expect(stored.usedAt).toBeInstanceOf(Date);
  });

  test("an expired link confirms nothing", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);
    await db.accountToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(await verifyEmail(token)).toBe("invalid");
    expect(await verifiedAt(user.id)).toBeNull();
  });

  test("a link to an address the account no longer uses confirms nothing", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const token = await issueToken(user.id, "VERIFY_EMAIL", user.email);
    const newEmail = accounts.email("moved");
    await db.user.update({ where: { id: user.id }, data: { email: newEmail } });

    expect(await verifyEmail(token)).toBe("invalid");
    expect(await verifiedAt(user.id)).toBeNull();
  });

  test("an unknown or other kind of token confirms nothing", async ({ accounts }) => {
    const user = await accounts.user({ verified: false });
    const reset = await issueToken(user.id, "RESET_PASSWORD", user.email);

    expect(await verifyEmail("not-a-token")).toBe("invalid");
    expect(await verifyEmail(reset)).toBe("invalid");
    expect(await verifiedAt(user.id)).toBeNull();
  });

  test("a new link replaces the earlier one", async ({ accounts }) => {
    const user = await accounts.user({ verified: false, locale: "en" });
    const first = await issueToken(user.id, "VERIFY_EMAIL", user.email);

    await resendVerification(user.id);
    const { mail, token } = await tokenSentTo(user.email);

    expect(mail.subject).toBe("Confirm your email address");
    expect(mail.text).toContain("/en/verify-email?token=");
    expect(await verifyEmail(first)).toBe("invalid");
    expect(await verifyEmail(token)).toBe("verified");
  });

  test("resending to a confirmed address sends nothing and answers the same", async ({
    accounts,
  }) => {
    const user = await accounts.user({ verified: true });

    await expect(resendVerification(user.id)).resolves.toBeUndefined();

    expect(await sentTo(user.email)).toHaveLength(0);
  });
});
