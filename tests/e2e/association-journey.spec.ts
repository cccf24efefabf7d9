import { randomUUID } from "node:crypto";
import { expect, test } from "./support/account-fixtures";
import { expectPath, linkSentTo, PASSWORD, signIn, signUp, signUpTexts } from "./support/accounts";
import { fillContent, jpeg, messagesOf, text } from "./support/initiative-form";
import { deleteAccountsAndOrganisations, organisationFormTexts } from "./support/organisations";

// The whole path of a new association, through the pages only: nothing is
// written into the database behind the browser's back.

const emails: string[] = [];

test.afterAll(async () => {
  await deleteAccountsAndOrganisations(emails.map((email) => ({ email })));
});

for (const locale of ["ar", "fr"] as const) {
  const title = `from sign-up to a submitted initiative in ${locale}, which stays private`;

  test(title, async ({ visitor: page, browser, baseURL }) => {
    const m = messagesOf(locale);
    const form = (key: string) => text(m, "InitiativeForm", key);
    const space = (key: string) => text(m, "MySpace", key);
    const orgTexts = organisationFormTexts[locale];
    const word = `w${randomUUID().slice(0, 8)}`;
    const email = `journey-${word}@example.org`;
    emails.push(email);

    await expect(await signUp(page, locale, email, "Salma")).toBeVisible();
    await page.goto(await linkSentTo(email));
    await expect(page.getByText(signUpTexts[locale].verified)).toBeVisible();
    await page.goto(`/${locale}/sign-in`);
    await signIn(page, locale, email, PASSWORD);
    await expectPath(page, `/${locale}/my-space`);

    const organisation = locale === "ar" ? `جمعية نخيل ${word}` : `Association Palmeraie ${word}`;
    await page.getByRole("link", { name: orgTexts.create }).click();
    await page.getByLabel(orgTexts.name, { exact: true }).first().fill(organisation);
    await page.getByLabel(orgTexts.kind).selectOption({ index: 1 });
    await page.getByLabel(orgTexts.region).selectOption({ label: orgTexts.regionName });
    await page.getByRole("button", { name: orgTexts.submit }).click();
    await expect(page.getByRole("status")).toContainText(orgTexts.created);

    const panel = page.getByRole("region", { name: organisation });
    await panel.getByRole("link", { name: space("newInitiative") }).click();
    await expectPath(page, `/${locale}/my-space/initiatives/new`);
    const initiative = await fillContent(page, locale, word);
    await page.locator("#field-images-0-file").setInputFiles(await jpeg());
    await page.locator("#field-images-0-alt").fill(`${organisation} photo`);
    await page.getByRole("button", { name: form("saveDraft") }).click();
    await expect(page.getByRole("status").filter({ hasText: form("savedDraft") })).toBeVisible();

    await page.getByRole("button", { name: form("submit") }).click();
    await expect(
      page.getByRole("status").filter({ hasText: form("savedSubmitted") }),
    ).toBeVisible();

    await page.goto(`/${locale}/my-space`);
    const statuses = m.MySpace?.status as Record<string, string>;
    const pending = page.getByRole("region", { name: new RegExp(statuses.PENDING_REVIEW ?? "") });
    await expect(
      pending.getByRole("paragraph").filter({ hasText: new RegExp(`^${initiative}$`) }),
    ).toBeVisible();

    const anonymous = await (await browser.newContext({ baseURL })).newPage();
    await anonymous.goto(`/${locale}/initiatives?q=${word}`);
    await expect(anonymous.getByRole("main")).toBeVisible();
    await expect(anonymous.getByRole("main")).not.toContainText(initiative);
    await anonymous.context().close();
  });
}
