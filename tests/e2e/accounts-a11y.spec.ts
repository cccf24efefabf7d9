import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/account-fixtures";
import { createAccount, expectPath, signIn } from "./support/accounts";

type AxeResult = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function blockingProblems({ violations }: AxeResult): string[] {
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}`),
    );
}

const publicAccountPages = [
  "/sign-up",
  "/sign-in",
  "/forgot-password",
  "/reset-password?token=unknown",
  "/verify-email?token=unknown",
  "/confirm-email?token=unknown",
];

for (const locale of ["fr", "ar"] as const) {
  for (const path of publicAccountPages) {
    test(`the ${locale} page ${path} has no serious or critical axe violation`, async ({
      visitor: page,
    }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);

      expect(blockingProblems(await new AxeBuilder({ page }).analyze())).toEqual([]);
    });
  }

  test(`the ${locale} account page with errors has no serious or critical axe violation`, async ({
    visitor: page,
    created,
  }) => {
    const { email, password } = await createAccount({ verified: false });
    created.push(email);

    await page.goto(`/${locale}/account`);
    await signIn(page, locale, email, password);
    await expectPath(page, `/${locale}/account`);
    await page
      .locator("form")
      .filter({ has: page.locator('[name="currentPassword"]') })
      .getByRole("button")
      .click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();

    expect(blockingProblems(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
}
