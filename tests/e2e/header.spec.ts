import { expect, test } from "./support/fixtures";
import { locales } from "./support/site";

const switcherLabel = { fr: "Langue", ar: "اللغة", en: "Language" } as const;

const pagesWithoutScript = [
  { locale: "fr", rest: "" },
  { locale: "fr", rest: "/initiatives?q=plastique&theme=waste" },
  { locale: "fr", rest: "/organisations" },
  { locale: "ar", rest: "" },
] as const;

for (const { locale, rest } of pagesWithoutScript) {
  const path = `/${locale}${rest}`;

  test(`${path} shows the language switcher without JavaScript, keeping path and query`, async ({
    serverPage,
  }) => {
    await serverPage.goto(path);
    const switcher = serverPage.getByRole("navigation", { name: switcherLabel[locale] });

    await expect(switcher).toBeVisible();
    for (const target of locales) {
      const link = switcher.locator(`a[hreflang="${target}"]`);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", `/${target}${rest}`);
    }
    const own = switcher.locator(`a[hreflang="${locale}"]`);
    await expect(own).toHaveAttribute("aria-current", /.+/);
  });
}

for (const { path, current } of [
  { path: "/fr/initiatives", current: "Initiatives" },
  { path: "/fr/regions/MA-07", current: "Régions" },
  { path: "/fr/organisations", current: "Organisations" },
]) {
  test(`the main menu marks ${current} as the current section on ${path}`, async ({
    serverPage,
  }) => {
    await serverPage.goto(path);
    const menu = serverPage.getByRole("navigation", { name: "Navigation principale" });
    const entry = menu.getByRole("link", { name: current });

    await expect(entry).toHaveAttribute("aria-current", "page");
    await expect(menu.locator("[aria-current]")).toHaveCount(1);
  });
}

test("the main menu marks no section on the home page", async ({ serverPage }) => {
  await serverPage.goto("/fr");
  const menu = serverPage.getByRole("navigation", { name: "Navigation principale" });

  await expect(menu.getByRole("link")).toHaveCount(3);
  await expect(menu.locator("[aria-current]")).toHaveCount(0);
});

test("after link navigations the switcher and the menu follow the page shown", async ({ page }) => {
  const menu = page.getByRole("navigation", { name: "Navigation principale" });
  const arabic = page.getByRole("navigation", { name: "Langue" }).locator('a[hreflang="ar"]');

  await page.goto("/fr");
  await menu.getByRole("link", { name: "Initiatives" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/initiatives");

  await expect(arabic).toHaveAttribute("href", "/ar/initiatives");
  await expect(menu.getByRole("link", { name: "Initiatives" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  await menu.getByRole("link", { name: "Régions" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/regions");

  await expect(arabic).toHaveAttribute("href", "/ar/regions");
  await expect(menu.getByRole("link", { name: "Régions" })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);
});
