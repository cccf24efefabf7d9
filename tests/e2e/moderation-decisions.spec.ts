import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { createAccount, expectPath, signIn } from "./support/accounts";
import { decisionCount, pendingSubmission, statusOf } from "./support/moderation-db";
import { makeAdmin } from "./support/staff-db";

const fr = {
  message: "Votre message à l’association",
  sendBack: "Renvoyer avec ce message",
  messageRequired: "Écrivez votre message à l’association.",
  approve: "Approuver et publier",
  reason: "Motif",
  refuse: "Refuser l’initiative",
  alreadyDecided: "Cette version n’attend plus de décision : un autre modérateur a décidé",
  takeOffline: "La retirer du site",
  notice: "Décision enregistrée",
};

// Moderators who decided stay in the log (append-only): their accounts are
// not deleted after the test, and the run's database is dropped at the end.
async function moderatorOn(page: Page, initiativeId: string) {
  const account = await createAccount();
  await makeAdmin(account.email);
  const path = `/fr/moderation/initiatives/${initiativeId}`;

  await page.goto(`/fr/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, "fr", account.email, account.password);
  await expectPath(page, path);
}

const title = () => `Jardin à relire ${randomUUID().slice(0, 8)}`;

test("without JavaScript, a request for changes needs its message, then goes through", async ({
  serverVisitor: page,
}) => {
  const { id } = await pendingSubmission(title());
  await moderatorOn(page, id);

  await page.getByRole("button", { name: fr.sendBack }).click();

  await expect(page.getByText(fr.messageRequired)).toBeVisible();
  await expect(page.getByLabel(fr.message)).toHaveAttribute("aria-invalid", "true");
  expect(await statusOf(id)).toBe("PENDING_REVIEW");

  await page.getByLabel(fr.message).fill("Ajoutez la date de début, même approximative.");
  await page.getByRole("button", { name: fr.sendBack }).click();

  await expectPath(page, "/fr/moderation");
  await expect(page.getByRole("status").filter({ hasText: fr.notice })).toBeVisible();
  expect(await statusOf(id)).toBe("CHANGES_REQUESTED");
});

test("the second of two moderators is told that someone decided first", async ({
  visitor: first,
  browser,
  baseURL,
}) => {
  const { id } = await pendingSubmission(title());
  const context = await browser.newContext({ baseURL });
  const second = await context.newPage();
  await moderatorOn(first, id);
  await moderatorOn(second, id);

  await first.getByRole("button", { name: fr.approve }).click();
  await expectPath(first, "/fr/moderation");

  await second.getByLabel(fr.reason).selectOption("duplicate");
  await second.getByRole("button", { name: fr.refuse }).click();

  await expect(second.getByRole("status").filter({ hasText: fr.alreadyDecided })).toBeVisible();
  await expect(second.getByRole("button", { name: fr.takeOffline })).toBeVisible();
  expect(await statusOf(id)).toBe("PUBLISHED");
  expect(await decisionCount(id)).toBe(1);
  await context.close();
});

test("the Arabic decision panel reads right to left, with reasons in Arabic", async ({
  visitor: page,
  created,
}) => {
  const { id } = await pendingSubmission(title());
  const account = await createAccount({ locale: "ar" });
  created.push(account.email);
  await makeAdmin(account.email);
  const path = `/ar/moderation/initiatives/${id}`;

  await page.goto(`/ar/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, "ar", account.email, account.password);
  await expectPath(page, path);

  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: "الموافقة والنشر" })).toBeVisible();
  await expect(page.getByLabel("السبب").locator("option")).toContainText([
    "اختر سببًا",
    "لا علاقة لها بالمناخ أو البيئة",
  ]);
});
