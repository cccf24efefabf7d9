import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { createAccount, deleteAccounts, type Locale } from "./accounts";
import { withDb } from "./db";
import { purgePublicCache } from "./public-cache";

type Messages = Record<string, Record<string, unknown>>;

/** The interface texts of a language, so tests look for what people read. */
export function messagesOf(locale: Locale): Messages {
  return JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
}

export function text(messages: Messages, namespace: string, key: string): string {
  const value = messages[namespace]?.[key];
  if (typeof value !== "string") throw new Error(`No message ${namespace}.${key}`);

  return value;
}

/** A verified account that owns a new organisation, written straight into the database. */
export async function createOwner(locale: Locale) {
  const account = await createAccount({ locale });
  const organisationId = `e2e-org-${randomUUID()}`;

  await withDb(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, "originalLocale", kind, "updatedAt")
       VALUES ($1, $1, $2, $3, 'ASSOCIATION', now())`,
      [organisationId, `Association ${organisationId.slice(-6)}`, locale],
    );
    await client.query(
      `INSERT INTO "Membership" ("userId", "organisationId", role, "updatedAt")
       SELECT id, $2, 'OWNER', now() FROM "User" WHERE email = $1`,
      [account.email, organisationId],
    );
  });

  return { ...account, organisationId };
}

export async function deleteOwner(owner: { email: string; organisationId: string }) {
  await withDb(async (client) => {
    await client.query('DELETE FROM "Initiative" WHERE "organisationId" = $1', [
      owner.organisationId,
    ]);
    await client.query('DELETE FROM "Organisation" WHERE id = $1', [owner.organisationId]);
  });
  await deleteAccounts([owner.email]);
  await purgePublicCache();
}

export async function jpeg(width = 800, height = 600) {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: "#1c6b3c" },
  })
    .jpeg()
    .toBuffer();

  return { name: "photo.jpg", mimeType: "image/jpeg", buffer };
}

/** A file the browser accepts to send but the form must refuse: just over 5 MB. */
export function tooLargeFile() {
  return { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 1) };
}

export type Place = { region: string; theme: string };

/** Fills one language of the form completely, with a place, a theme and a start date. */
export async function fillContent(
  page: Page,
  locale: Locale,
  word: string,
  { region, theme }: Place = { region: "MA-07", theme: "agriculture" },
) {
  const m = messagesOf(locale);
  const t = (key: string) => text(m, "InitiativeForm", key);
  const fieldset = page.getByRole("group", { name: t(`language${locale === "ar" ? "Ar" : "Fr"}`) });
  const written =
    locale === "ar"
      ? {
          title: `حديقة الحي ${word}`,
          summary: "بستان جماعي يسقى بالتنقيط.",
          body: "كل سبت يزرع السكان.",
        }
      : {
          title: `Jardin du quartier ${word}`,
          summary: "Un potager collectif.",
          body: "Chaque samedi.",
        };

  await expect(fieldset).toHaveAttribute("lang", locale);
  await expect(fieldset).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  await fieldset.getByLabel(t("title")).fill(written.title);
  await fieldset.getByLabel(t("summary")).fill(written.summary);
  await fieldset.getByLabel(t("description")).fill(written.body);
  await page.getByLabel(t("region")).selectOption(region);
  await page.locator(`input[name="themes"][value="${theme}"]`).check();
  await page.getByLabel(t("startDate")).fill("2026-03-21");

  return written.title;
}
