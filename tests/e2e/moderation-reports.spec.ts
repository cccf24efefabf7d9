import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { createAccount, expectPath, signIn } from "./support/accounts";
import { withFixtures } from "./support/fixtures-db";
import { makeAdmin, reportsOn, roleOf } from "./support/staff-db";

type AxeResult = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function blockingProblems({ violations }: AxeResult): string[] {
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}`),
    );
}

const texts = {
  fr: {
    open: "Signaler un problème",
    reason: "Information périmée (terminée ou changée)",
    text: "Expliquez en quelques mots",
    submit: "Envoyer le signalement",
    done: "Merci, un modérateur va le lire.",
    tooShort: "Écrivez au moins 10 caractères.",
    honeypot: "Votre site web",
    report: "Le site de l’association ne répond plus depuis l’été.",
  },
  ar: {
    open: "الإبلاغ عن مشكلة",
    reason: "معلومات قديمة (انتهت أو تغيّرت)",
    text: "اشرح في بضع كلمات",
    submit: "إرسال البلاغ",
    done: "شكرًا، سيقرؤه أحد المشرفين.",
    tooShort: "اكتب 10 أحرف على الأقل.",
    honeypot: "موقعك الإلكتروني",
    report: "انتهت هذه المبادرة منذ سنة ولم تعد نشطة.",
  },
} as const;

type Locale = keyof typeof texts;

function publishedFixture() {
  const word = `zr${randomUUID().slice(0, 8)}`;

  return {
    slug: `${word}-report`,
    status: "PUBLISHED" as const,
    locale: "fr" as const,
    title: `Jardin à signaler ${word}`,
    searchTitle: `jardin a signaler ${word}`,
  };
}

async function fillReport(page: Page, locale: Locale, text: string) {
  const t = texts[locale];

  await page.getByText(t.open, { exact: true }).click();
  await page.getByRole("radio", { name: t.reason }).check();
  await page.getByLabel(t.text).fill(text);
}

for (const locale of ["fr", "ar"] as const) {
  const t = texts[locale];

  test(`a ${locale} visitor reports a published initiative and sees the confirmation`, async ({
    visitor: page,
  }) => {
    const fixture = publishedFixture();

    await withFixtures([fixture], async () => {
      await page.goto(`/${locale}/initiatives/${fixture.slug}`);
      await fillReport(page, locale, t.report);
      await page.getByRole("button", { name: t.submit }).click();

      await expect(page.getByRole("status").filter({ hasText: t.done })).toBeVisible();
      expect(new URL(page.url()).search).toBe("?reported=1");
      expect(await reportsOn(fixture.slug)).toEqual([
        { reasonCode: "outdated", text: t.report, locale },
      ]);
    });
  });

  test(`the ${locale} report form showing its errors has no serious axe violation`, async ({
    visitor: page,
  }) => {
    const fixture = publishedFixture();

    await withFixtures([fixture], async () => {
      await page.goto(`/${locale}/initiatives/${fixture.slug}`);
      await page.getByText(t.open, { exact: true }).click();
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.getByText(t.tooShort)).toBeVisible();
      // The first field to fix is the reason, above the text.
      await expect(page.getByRole("radio").first()).toBeFocused();

      expect(blockingProblems(await new AxeBuilder({ page }).analyze())).toEqual([]);
    });
  });

  test(`the ${locale} moderators page has no serious or critical axe violation`, async ({
    visitor: page,
    created,
  }) => {
    const { email, password } = await createAccount({ locale });
    created.push(email);
    await makeAdmin(email);

    await page.goto(`/${locale}/admin/moderators`);
    await signIn(page, locale, email, password);
    await expectPath(page, `/${locale}/admin/moderators`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.locator("details summary").first().click();

    expect(blockingProblems(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
}

test("without JavaScript, a refused report keeps its text, then goes through", async ({
  serverVisitor: page,
}) => {
  const fixture = publishedFixture();
  const t = texts.fr;

  await withFixtures([fixture], async () => {
    await page.goto(`/fr/initiatives/${fixture.slug}`);
    await fillReport(page, "fr", "Court");
    await page.getByRole("button", { name: t.submit }).click();

    await expect(page.getByText(t.tooShort)).toBeVisible();
    await expect(page.getByLabel(t.text)).toHaveValue("Court");
    await expect(page.getByRole("radio", { name: t.reason })).toBeChecked();

    await page.getByLabel(t.text).fill(t.report);
    await page.getByRole("button", { name: t.submit }).click();

    await expect(page.getByRole("status").filter({ hasText: t.done })).toBeVisible();
    expect(await reportsOn(fixture.slug)).toHaveLength(1);
  });
});

test("a bot that fills the hidden field is thanked like a person, and nothing is kept", async ({
  visitor: page,
}) => {
  const fixture = publishedFixture();
  const t = texts.fr;

  await withFixtures([fixture], async () => {
    await page.goto(`/fr/initiatives/${fixture.slug}`);
    await fillReport(page, "fr", t.report);
    await expect(page.getByRole("textbox", { name: t.honeypot })).toHaveCount(0);
    await page.locator('input[name="website"]').fill("https://spam.example.com", { force: true });
    await page.getByRole("button", { name: t.submit }).click();

    await expect(page.getByRole("status").filter({ hasText: t.done })).toBeVisible();
    expect(await reportsOn(fixture.slug)).toEqual([]);
  });
});

test("an admin appoints a moderator for one region and sees it in the history", async ({
  visitor: page,
}) => {
  // Role changes are append-only and keep both accounts: they stay in this
  // run's database, which is dropped at the end.
  const admin = await createAccount();
  const candidate = await createAccount();
  await makeAdmin(admin.email);

  await page.goto("/fr/admin/moderators");
  await signIn(page, "fr", admin.email, admin.password);
  await expectPath(page, "/fr/admin/moderators");
  await page.getByLabel("Adresse e-mail du compte").fill(candidate.email);
  await page.getByRole("checkbox", { name: "Souss-Massa" }).check();
  await page.getByRole("button", { name: "Nommer modérateur" }).click();

  await expect(page.getByRole("status").filter({ hasText: "maintenant modérateur" })).toBeVisible();
  expect(await roleOf(candidate.email)).toBe("MODERATOR");
  const history = page.getByRole("listitem").filter({ hasText: candidate.email });
  await expect(history.filter({ hasText: "Membre → Modérateur" })).toContainText("Souss-Massa");
});
