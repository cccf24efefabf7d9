import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expectPath, signIn, uniqueIp, type Locale } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import {
  createOwner,
  deleteOwner,
  fillContent,
  jpeg,
  messagesOf,
  text,
  tooLargeFile,
} from "./support/initiative-form";

type Owner = Awaited<ReturnType<typeof createOwner>>;

/** Serious and critical axe findings, one line each, so a failure says what to fix. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();

  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const owners: Owner[] = [];

test.afterAll(async () => {
  await Promise.all(owners.map(deleteOwner));
});

async function signedInOnForm(browser: Browser, baseURL: string | undefined, locale: Locale) {
  const owner = await createOwner(locale);
  owners.push(owner);
  const headers = { "x-forwarded-for": uniqueIp() };
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
  const page = await context.newPage();
  const formPath = `/${locale}/my-space/initiatives/new`;

  await page.goto(`${formPath}?organisation=${owner.organisationId}`);
  await expectPath(page, `/${locale}/sign-in`);
  await signIn(page, locale as "fr" | "ar", owner.email, owner.password);
  await expectPath(page, formPath);

  return { page, owner, context };
}

for (const locale of ["ar", "fr"] as const) {
  const name = `a ${locale} owner saves a draft with an image, submits it, and it stays private`;

  test(name, async ({ browser, baseURL }) => {
    const m = messagesOf(locale);
    const t = (key: string) => text(m, "InitiativeForm", key);
    const word = `mot${randomUUID().slice(0, 8)}`;
    const { page, context } = await signedInOnForm(browser, baseURL, locale);

    const title = await fillContent(page, locale, word);
    await page.locator("#field-images-0-file").setInputFiles(await jpeg());
    await page.locator("#field-images-0-alt").fill(`Photo ${word}`);
    await page.getByRole("button", { name: t("saveDraft") }).click();

    await expect(page.getByRole("status").filter({ hasText: t("savedDraft") })).toBeVisible();
    const image = page.getByRole("img", { name: `Photo ${word}` });
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
    const src = (await image.getAttribute("src")) ?? "";
    const media = await page.request.get(src);
    expect(media.status()).toBe(200);
    expect(media.headers()["content-type"]).toBe("image/webp");
    expect(media.headers()["x-content-type-options"]).toBe("nosniff");
    expect(media.headers()["content-security-policy"]).toBe("default-src 'none'");
    expect(media.headers()["cache-control"]).toContain("private");
    expect(await blockingViolations(page)).toEqual([]);

    await page.getByRole("button", { name: t("submit") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("savedSubmitted") })).toBeVisible();
    await expect(page.getByText(t("pendingNotice"))).toBeVisible();

    await page.goto(`/${locale}/my-space`);
    const pendingLabel = (m.MySpace?.status as Record<string, string>).PENDING_REVIEW ?? "";
    const pending = page.getByRole("region", { name: new RegExp(pendingLabel) });
    const listed = pending.getByRole("paragraph").filter({ hasText: new RegExp(`^${title}$`) });
    await expect(listed).toBeVisible();

    const visitor = await browser.newContext({ baseURL });
    const anonymous = await visitor.newPage();
    await anonymous.goto(`/${locale}/initiatives?q=${word}`);
    await expect(anonymous.getByRole("main")).not.toContainText(title);
    expect((await anonymous.request.get(src)).status()).toBe(404);
    await visitor.close();
    await context.close();
  });
}

test("the form shows each error next to its field and keeps what was typed", async ({
  browser,
  baseURL,
}) => {
  const m = messagesOf("fr");
  const t = (key: string) => text(m, "InitiativeForm", key);
  const errors = (key: string) => text(m, "FormErrors", key);
  const { page, context } = await signedInOnForm(browser, baseURL, "fr");
  const fieldset = page.getByRole("group", { name: t("languageFr") });

  await fieldset.getByLabel(t("title")).fill("Nettoyage de la plage");
  await page.getByLabel(t("link").replace("{number}", "1")).fill("ftp://x");
  await page.getByRole("button", { name: t("submit") }).click();

  const summary = fieldset.getByLabel(t("summary"));
  await expect(summary).toHaveAttribute("aria-invalid", "true");
  await expect(summary).toHaveAccessibleDescription(
    new RegExp(errors("initiativeSummaryRequired")),
  );
  await expect(page.getByText(errors("initiativeLinkInvalid"))).toBeVisible();
  await expect(page.locator("#field-themes-error")).toHaveText(errors("initiativeThemesRequired"));
  await expect(page.getByRole("status")).toContainText(text(m, "Errors", "invalidInput"));
  await expect(fieldset.getByLabel(t("title"))).toHaveValue("Nettoyage de la plage");
  await context.close();
});

test("an empty submission marks the title of the page's language as the field to fill", async ({
  browser,
  baseURL,
}) => {
  const m = messagesOf("ar");
  const t = (key: string) => text(m, "InitiativeForm", key);
  const { page, context } = await signedInOnForm(browser, baseURL, "ar");
  const fieldset = page.getByRole("group", { name: t("languageAr") });

  await page.getByRole("button", { name: t("submit") }).click();

  const title = fieldset.getByLabel(t("title"));
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(
    new RegExp(text(m, "FormErrors", "initiativeContentRequired")),
  );
  await context.close();
});

test("without JavaScript the server refuses the form, shows its errors and keeps the text", async ({
  browser,
  baseURL,
}) => {
  const m = messagesOf("fr");
  const t = (key: string) => text(m, "InitiativeForm", key);
  const owner = await createOwner("fr");
  owners.push(owner);
  const headers = { "x-forwarded-for": uniqueIp() };
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: headers,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(
    `/fr/sign-in?next=/fr/my-space/initiatives/new?organisation=${owner.organisationId}`,
  );
  await signIn(page, "fr", owner.email, owner.password);
  await expectPath(page, "/fr/my-space/initiatives/new");

  const fieldset = page.getByRole("group", { name: t("languageFr") });
  await fieldset.getByLabel(t("title")).fill("Caravane solaire");
  await page.getByLabel(t("endDate")).fill("2026-01-01");
  await page.getByLabel(t("startDate")).fill("2026-02-01");
  await page.getByRole("button", { name: t("submit") }).click();

  await expect(page.getByText(text(m, "FormErrors", "initiativeEndBeforeStart"))).toBeVisible();
  await expect(page.getByText(t("chooseFilesAgain"))).toBeVisible();
  await expect(
    page.getByRole("group", { name: t("languageFr") }).getByLabel(t("title")),
  ).toHaveValue("Caravane solaire");
  await expect(page.getByLabel(t("startDate"))).toHaveValue("2026-02-01");
  await context.close();
});

test("without JavaScript, more than 32 MB of images lands on a page that says so", async ({
  browser,
  baseURL,
}) => {
  const owner = await createOwner("fr");
  owners.push(owner);
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const formPath = `/fr/my-space/initiatives/new?organisation=${owner.organisationId}`;
  await page.goto(`/fr/sign-in?next=${encodeURIComponent(formPath)}`);
  await signIn(page, "fr", owner.email, owner.password);
  await expectPath(page, "/fr/my-space/initiatives/new");

  for (let slot = 0; slot < 6; slot++) {
    const buffer = Buffer.alloc(6 * 1024 * 1024, slot);
    await page
      .locator(`#field-images-${slot}-file`)
      .setInputFiles({ name: `photo-${slot}.jpg`, mimeType: "image/jpeg", buffer });
  }
  await page
    .getByRole("button", { name: text(messagesOf("fr"), "InitiativeForm", "saveDraft") })
    .click();

  await expectPath(page, "/fr/too-large");
  await expect(page.getByRole("alert")).toContainText("plus de 32 Mo au total");
  await page.getByRole("link", { name: "Revenir au formulaire" }).click();
  await expectPath(page, "/fr/my-space/initiatives/new");
  await context.close();
});

test("a too-large image is named next to its field before anything is sent", async ({
  browser,
  baseURL,
}) => {
  const m = messagesOf("fr");
  const { page, context } = await signedInOnForm(browser, baseURL, "fr");
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.url());
  });

  await page.locator("#field-images-0-file").setInputFiles(tooLargeFile());

  const message = text(m, "FormErrors", "imageTooLarge");
  await expect(page.locator("#field-images-0-file-error")).toHaveText(message);
  await page.getByRole("button", { name: text(m, "InitiativeForm", "saveDraft") }).click();
  await expect(page.locator("#field-images-0-file")).toHaveAttribute("aria-invalid", "true");
  expect(sent).toEqual([]);
  await context.close();
});

for (const locale of ["fr", "ar"] as const) {
  test(`the ${locale} initiative form has no serious or critical axe violation`, async ({
    browser,
    baseURL,
  }) => {
    const { page, context } = await signedInOnForm(browser, baseURL, locale);
    await page
      .getByRole("button", { name: text(messagesOf(locale), "InitiativeForm", "submit") })
      .click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();

    expect(await blockingViolations(page)).toEqual([]);
    await context.close();
  });
}
