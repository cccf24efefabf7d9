import { describe, expect } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { checkCredentials } from "@/lib/accounts/credentials";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/email-change";
import { updatePreferences } from "@/lib/accounts/preferences";
import { db } from "@/lib/db/client";
import { sentTo, test, tokenSentTo } from "./support/accounts";

const reload = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("changing the password", () => {
  test("needs the current password, named next to its field", async ({ accounts }) => {
    const user = await accounts.user();
    const change = { currentPassword: "not the password", newPassword: "a brand new password" };

    await expect(changePassword(user, change)).rejects.toMatchObject({
      code: "invalidInput",
      field: "currentPassword",
      fieldMessage: "currentPasswordWrong",
    });
    expect((await reload(user.id)).passwordHash).toBe(user.passwordHash);
  });

  test("sets the new password and ends the other sessions", async ({ accounts }) => {
    const user = await accounts.user();

    await changePassword(user, {
      currentPassword: user.password,
      newPassword: "a brand new password",
    });

    expect((await reload(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    const check = await checkCredentials(user.email, "a brand new password", accounts.ip());
    expect(check).toMatchObject({ ok: true, user: { sessionVersion: user.sessionVersion + 1 } });
  });
});

describe("changing the email address", () => {
  test("needs the password", async ({ accounts }) => {
    const user = await accounts.user();
    const email = accounts.email("new");

    await expect(
      requestEmailChange(user, { email, password: "wrong password" }),
    ).rejects.toMatchObject({ code: "invalidInput", field: "password" });
    expect(await sentTo(email)).toHaveLength(0);
  });

  test("refuses the address the account already has", async ({ accounts }) => {
    const user = await accounts.user();

    await expect(
      requestEmailChange(user, { email: user.email, password: user.password }),
    ).rejects.toMatchObject({ field: "email", fieldMessage: "emailUnchanged" });
  });

  test("mails a link to the new address and changes nothing before it is opened", async ({
    accounts,
  }) => {
    const user = await accounts.user({ locale: "en" });
    const email = accounts.email("new");

    await requestEmailChange(user, { email, password: user.password });
    const { mail, token } = await tokenSentTo(email);

    expect(mail.subject).toBe("Confirm your new email address");
    expect(mail.text).toContain(`/en/confirm-email?token=${token}`);
    expect((await reload(user.id)).email).toBe(user.email);
  });

  test("opening the link moves the account, confirms the address and ends sessions", async ({
    accounts,
  }) => {
    const user = await accounts.user({ verified: false });
    const email = accounts.email("new");
    await requestEmailChange(user, { email, password: user.password });
    const { token } = await tokenSentTo(email);

    expect(await confirmEmailChange(token)).toEqual({ status: "changed", email });

    const after = await reload(user.id);
    expect(after.email).toBe(email);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await confirmEmailChange(token)).toEqual({ status: "invalid" });
  });

  test("an address of another account gets the same answer and no mail", async ({ accounts }) => {
    const user = await accounts.user();
    const other = await accounts.user();

    await expect(
      requestEmailChange(user, { email: other.email, password: user.password }),
    ).resolves.toBeUndefined();

    expect(await sentTo(other.email)).toHaveLength(0);
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
  });

  test("an address taken between the mail and the click leaves the account as it was", async ({
    accounts,
  }) => {
    const user = await accounts.user();
    const email = accounts.email("new");
    await requestEmailChange(user, { email, password: user.password });
    const { token } = await tokenSentTo(email);
    await db.user.create({ data: { email } });

    expect(await confirmEmailChange(token)).toEqual({ status: "taken" });
    expect((await reload(user.id)).email).toBe(user.email);
  });
});

describe("preferences", () => {
  test("set the name and the language of mails", async ({ accounts }) => {
    const user = await accounts.user({ locale: "fr" });

    await updatePreferences(user.id, { name: "Youssef", mailLocale: "ar" });

    expect(await reload(user.id)).toMatchObject({ name: "Youssef", locale: "ar" });
  });
});
