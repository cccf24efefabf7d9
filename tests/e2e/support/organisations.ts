import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { createAccount, deleteAccounts, signIn, uniqueIp, type Locale } from "./accounts";
import { withDb } from "./db";
import { purgePublicCache } from "./public-cache";

// Organisations, memberships and initiatives written straight into the test
// database (the one scripts/test.mjs made for this run), for the browser
// tests of My space. Accounts come from ./accounts, hashed as the site does.

export type Account = { email: string; password: string; id: string };

export async function account(options: { locale?: Locale; verified?: boolean } = {}) {
  const created = await createAccount(options);
  const id = await withDb(async (client) => {
    const found = await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [
      created.email,
    ]);

    return found.rows[0]?.id ?? "";
  });

  return { ...created, id };
}

type Member = { account: Account; role: "OWNER" | "EDITOR" };

/** An organisation named in French, with its members. */
export async function organisation(name: string, members: Member[]) {
  const id = `e2e-${randomUUID()}`;

  await withDb(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, "originalLocale", kind, "regionCode",
         "socialLinks", "updatedAt")
       VALUES ($1, $1, $2, 'fr', 'ASSOCIATION', 'MA-07', '{}', now())`,
      [id, name],
    );
    await client.query(
      `INSERT INTO "OrganisationTranslation" ("organisationId", locale, name, "updatedAt")
       VALUES ($1, 'fr', $2, now())`,
      [id, name],
    );
    for (const { account: member, role } of members) {
      await client.query(
        `INSERT INTO "Membership" ("userId", "organisationId", role, "updatedAt")
         VALUES ($1, $2, $3, now())`,
        [member.id, id, role],
      );
    }
  });

  return id;
}

/** A draft initiative of the organisation, titled in French; resolves with its id. */
export async function draftInitiative(organisationId: string, title: string) {
  const id = `e2e-${randomUUID()}`;

  await withDb(async (client) => {
    await client.query(
      `INSERT INTO "Initiative" (id, slug, "organisationId", status, "originalLocale",
         "updatedAt") VALUES ($1, $1, $2, 'DRAFT', 'fr', now())`,
      [id, organisationId],
    );
    await client.query(
      `INSERT INTO "InitiativeTranslation" ("initiativeId", locale, title, "updatedAt")
       VALUES ($1, 'fr', $2, now())`,
      [id, title],
    );
  });

  return id;
}

/** Deletes the accounts and every organisation any of them belongs to. */
export async function deleteAccountsAndOrganisations(accounts: { email: string }[]) {
  const emails = accounts.map((a) => a.email);

  await withDb(async (client) => {
    const owned = `SELECT m."organisationId" FROM "Membership" m
      JOIN "User" u ON u.id = m."userId" WHERE u.email = ANY($1)`;
    await client.query(`DELETE FROM "Initiative" WHERE "organisationId" IN (${owned})`, [emails]);
    await client.query(`DELETE FROM "Organisation" WHERE id IN (${owned})`, [emails]);
  });
  await deleteAccounts(emails);
  await purgePublicCache();
}

/** A browser context of its own (own address for the rate limits), signed in. */
export async function signedIn(browser: Browser, baseURL: string, who: Account, locale: Locale) {
  const headers = { "x-forwarded-for": uniqueIp() };
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
  const page = await context.newPage();

  await page.goto(`/${locale}/sign-in`);
  await signIn(page, locale as "fr" | "ar", who.email, who.password);
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/my-space`);

  return page;
}

export async function closeAll(pages: Page[]) {
  await Promise.all(pages.map((page) => page.context().close()));
}

/** What the organisation form and its answer say, in each language tested. */
export const organisationFormTexts = {
  fr: {
    create: "Créer mon organisation",
    name: "Nom",
    kind: "Type d’organisation",
    region: "Région",
    regionName: "Marrakech-Safi",
    submit: "Créer l’organisation",
    created: "Votre organisation est créée.",
    owner: "Votre rôle : propriétaire",
  },
  ar: {
    create: "إنشاء هيئتي",
    name: "الاسم",
    kind: "نوع الهيئة",
    region: "الجهة",
    regionName: "مراكش-آسفي",
    submit: "إنشاء الهيئة",
    created: "تم إنشاء هيئتك.",
    owner: "دورك: مالك",
  },
} as const;
