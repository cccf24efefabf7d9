import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { linkIn, mailsTo } from "../../support/read-mail";
import { withDb } from "./db";

export type Locale = "fr" | "ar" | "en";

export const PASSWORD = "une phrase assez longue";

// The texts the tests look for, in each language tested.
export const labels = {
  fr: { email: "Adresse e-mail", password: "Mot de passe", signIn: "Se connecter" },
  ar: { email: "البريد الإلكتروني", password: "كلمة المرور", signIn: "تسجيل الدخول" },
} as const;

/** An address no other test uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 12)}@example.org`;
}

/** A client address of its own, so each test's attempts count against its own limits. */
export function uniqueIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;

  return `10.${byte()}.${byte()}.${byte()}`;
}

/** An account written straight into the test database, hashed as lib/auth/password.ts does. */
export async function createAccount({ locale = "fr" as Locale, verified = true } = {}) {
  const email = uniqueEmail("account");
  const passwordHash = await hash(PASSWORD, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });

  await withDb((client) =>
    client.query(
      `INSERT INTO "User" (id, email, "passwordHash", locale, "emailVerifiedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())`,
      [`e2e-${randomUUID()}`, email, passwordHash, locale, verified ? new Date() : null],
    ),
  );

  return { email, password: PASSWORD };
}

export async function deleteAccounts(emails: string[]): Promise<void> {
  await withDb((client) => client.query('DELETE FROM "User" WHERE email = ANY($1)', [emails]));
}

/** The path and query of the link in the latest mail to this address. */
export async function linkSentTo(address: string, count = 1): Promise<string> {
  const mails = await mailsTo(process.env.MAIL_READER_URL ?? "", address, { count });
  const mail = mails.at(-1);
  if (!mail) throw new Error(`No mail to ${address}`);

  const url = new URL(linkIn(mail));

  return `${url.pathname}${url.search}`;
}

export async function signIn(page: Page, locale: "fr" | "ar", email: string, password: string) {
  const text = labels[locale];

  await page.getByLabel(text.email, { exact: true }).fill(email);
  await page.getByLabel(text.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: text.signIn }).click();
}

export async function expectPath(page: Page, path: string) {
  await expect.poll(() => new URL(page.url()).pathname).toBe(path);
}

export const signUpTexts = {
  fr: {
    name: "Nom (facultatif)",
    confirm: "Confirmez le mot de passe",
    submit: "Créer mon compte",
    done: "Regardez votre boîte mail",
    subject: "Confirmez votre adresse e-mail",
    verified: "Merci, votre adresse est confirmée.",
    signOut: "Se déconnecter",
    signedOut: "Vous êtes déconnecté.",
  },
  ar: {
    name: "الاسم (اختياري)",
    confirm: "أكّد كلمة المرور",
    submit: "إنشاء حسابي",
    done: "تفقّد بريدك",
    subject: "أكّد عنوان بريدك الإلكتروني",
    verified: "شكرًا، تم تأكيد عنوانك.",
    signOut: "تسجيل الخروج",
    signedOut: "تم تسجيل خروجك.",
  },
} as const;

/** Fills and sends the sign-up form; resolves with its answer's status region. */
export async function signUp(page: Page, locale: "fr" | "ar", email: string, name = "") {
  const text = signUpTexts[locale];

  await page.goto(`/${locale}/sign-up`);
  await page.getByLabel(text.name).fill(name);
  await page.getByLabel(labels[locale].email, { exact: true }).fill(email);
  await page.getByLabel(labels[locale].password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(text.confirm).fill(PASSWORD);
  await page.getByRole("button", { name: text.submit }).click();

  return page.getByRole("status").filter({ hasText: text.done });
}
