import { expect, test } from "./support/fixtures";
import { notFoundTitle } from "./support/site";

const implausibleKeys = [
  { name: "an initiative slug holding a NUL byte", locale: "fr", path: "/initiatives/a%00b" },
  { name: "an organisation slug that is a NUL byte", locale: "ar", path: "/organisations/%00" },
  {
    name: "a 300-character initiative slug",
    locale: "en",
    path: `/initiatives/${"a".repeat(300)}`,
  },
  { name: "an initiative slug holding a tab", locale: "fr", path: "/initiatives/a%09b" },
] as const;

for (const { name, locale, path } of implausibleKeys) {
  test(`${name} answers 404 with the ${locale} not-found page, not 500`, async ({ page }) => {
    const response = await page.goto(`/${locale}${path}`);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundTitle[locale]);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  });
}

test("the not-found page's title names the site", async ({ page }) => {
  await page.goto("/fr/initiatives/nulle-part");

  await expect(page).toHaveTitle("Page introuvable · Maroc en Action");
});
