import { describe, expect } from "vitest";
import { checkCredentials } from "@/lib/accounts/credentials";
import { signUp } from "@/lib/accounts/sign-up";
import { db } from "@/lib/db/client";
import { sentTo, test, tokenSentTo } from "./support/accounts";

const password = "une phrase assez longue";

describe("sign-up", () => {
  test("creates an unverified account in the page's language with an argon2id hash", async ({
    accounts,
  }) => {
    const email = accounts.email();

    await signUp({ name: "Amina", email, password }, { locale: "ar", ip: accounts.ip() });
    const user = await db.user.findUniqueOrThrow({ where: { email } });

    expect(user).toMatchObject({
      name: "Amina",
      locale: "ar",
      emailVerifiedAt: null,
      role: "MEMBER",
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
  });

  test("mails a 24-hour verification link in the page's language", async ({ accounts }) => {
    const email = accounts.email();

    await signUp({ name: null, email, password }, { locale: "ar", ip: accounts.ip() });
    const { mail, token } = await tokenSentTo(email);
    const stored = await db.accountToken.findFirstOrThrow({ where: { email } });

    expect(mail.subject).toBe("أكّد عنوان بريدك الإلكتروني");
    expect(mail.text).toMatch(new RegExp(`http://localhost:\\d+/ar/verify-email\\?token=${token}`));
    expect(stored.kind).toBe("VERIFY_EMAIL");
    expect(stored.tokenHash).not.toBe(token);
    const hours = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(24, 1);
  });

  test("answers an existing address exactly as a new one and mails its owner instead", async ({
    accounts,
  }) => {
    const owner = await accounts.user({ locale: "en" });
    const fresh = accounts.email();
    const context = { locale: "fr" as const, ip: accounts.ip() };

    const forNew = await signUp({ name: null, email: fresh, password }, context);
    const forExisting = await signUp({ name: "Intruder", email: owner.email, password }, context);

    expect(forExisting).toEqual(forNew);
    const [existingMail, ...more] = await sentTo(owner.email);
    expect(more).toHaveLength(0);
    expect(existingMail?.subject).toBe("You already have an account");
    expect(existingMail?.text).toMatch(/\/en\/forgot-password/);
    expect((await sentTo(fresh))[0]?.subject).toBe("Confirmez votre adresse e-mail");
  });

  test("leaves an existing account untouched when its address signs up again", async ({
    accounts,
  }) => {
    const owner = await accounts.user();

    await signUp(
      { name: "Intruder", email: owner.email, password },
      { locale: "fr", ip: accounts.ip() },
    );

    expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
    expect(await db.accountToken.count({ where: { userId: owner.id } })).toBe(0);
    const check = await checkCredentials(owner.email, owner.password, accounts.ip());
    expect(check.ok).toBe(true);
  });

  test("treats two sign-ups for one address at the same moment as one account", async ({
    accounts,
  }) => {
    const email = accounts.email();
    const context = { locale: "fr" as const, ip: accounts.ip() };

    await Promise.all([
      signUp({ name: null, email, password }, context),
      signUp({ name: null, email, password }, context),
    ]);

    expect(await db.user.count({ where: { email } })).toBe(1);
    const subjects = (await sentTo(email)).map((mail) => mail.subject).sort();
    expect(subjects).toEqual(["Confirmez votre adresse e-mail", "Vous avez déjà un compte"]);
  });
});
