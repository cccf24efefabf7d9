import { cardHrefs, resultCount } from "./support/directory";
import { expect, test } from "./support/fixtures";
import { locales, publicPages, TRILINGUAL_SLUG } from "./support/site";

for (const locale of locales) {
  const dir = locale === "ar" ? "rtl" : "ltr";

  for (const { name, path } of publicPages) {
    const title = `the ${locale} ${name} sets lang ${locale} and dir ${dir} in its server HTML`;

    test(title, async ({ serverPage }) => {
      const response = await serverPage.goto(`/${locale}${path}`);

      expect(response?.status()).toBe(200);
      await expect(serverPage.locator("html")).toHaveAttribute("lang", locale);
      await expect(serverPage.locator("html")).toHaveAttribute("dir", dir);
    });
  }
}

for (const locale of locales) {
  for (const { name, path } of publicPages) {
    test(`the ${locale} ${name} links its fr, ar and en versions and a default`, async ({
      serverPage,
    }) => {
      await serverPage.goto(`/${locale}${path}`);

      const expected = { fr: "fr", ar: "ar", en: "en", "x-default": "fr" };
      for (const [hreflang, target] of Object.entries(expected)) {
        const link = serverPage.locator(`link[rel="alternate"][hreflang="${hreflang}"]`);
        await expect(link).toHaveCount(1);

        const href = (await link.getAttribute("href")) ?? "";
        expect(new URL(href).pathname, `hreflang ${hreflang}`).toBe(`/${target}${path}`);
      }
    });
  }
}

test("the language switcher keeps the path and the query string", async ({ page }) => {
  const query = "?q=plastique&theme=waste";
  await page.goto(`/fr/initiatives${query}`);
  const frenchCount = await resultCount(page);
  const frenchCards = await cardHrefs(page);

  await page.getByRole("navigation").locator('a[hreflang="ar"]').click();
  await page.waitForURL((url) => url.pathname === "/ar/initiatives");

  expect(new URL(page.url()).search).toBe(query);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("search").getByRole("searchbox")).toHaveValue("plastique");
  expect(frenchCount).toBeGreaterThan(0);
  expect(await resultCount(page)).toBe(frenchCount);
  expect(await cardHrefs(page)).toEqual(frenchCards);
});

test("the language switcher links this page in each language, marking the current one", async ({
  serverPage,
}) => {
  await serverPage.goto(`/en/initiatives/${TRILINGUAL_SLUG}`);
  const switcher = serverPage.getByRole("navigation").filter({
    has: serverPage.locator("a[hreflang]"),
  });

  for (const locale of locales) {
    const link = switcher.locator(`a[hreflang="${locale}"]`);
    await expect(link).toHaveAttribute("href", `/${locale}/initiatives/${TRILINGUAL_SLUG}`);
  }
  await expect(switcher.locator("[aria-current]")).toHaveCount(1);
  await expect(switcher.locator('a[hreflang="en"]')).toHaveAttribute("aria-current", /.+/);
});

for (const path of ["/de", "/de/initiatives", "/xx/initiatives/zero-mika", "/fr-FR"]) {
  test(`an unknown language prefix (${path}) redirects or is not found, never fails`, async ({
    request,
  }) => {
    const first = await request.get(path, { maxRedirects: 0 });
    const followed = await request.get(path);

    expect([301, 302, 303, 307, 308, 404]).toContain(first.status());
    expect(followed.status()).toBeLessThan(500);
  });
}

for (const { from, to } of [
  { from: "/ar-MA/initiatives", to: "/ar/initiatives" },
  { from: "/fr_FR/regions", to: "/fr/regions" },
  { from: "/EN-us/initiatives?q=eau", to: "/en/initiatives?q=eau" },
]) {
  test(`a regional language prefix (${from}) redirects to ${to}`, async ({ page, request }) => {
    const first = await request.get(from, { maxRedirects: 0 });
    const location = new URL(first.headers()["location"] ?? "", "http://site");

    const response = await page.goto(from);

    expect([301, 308]).toContain(first.status());
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(new URL(to, "http://site").pathname);
  });
}

test("the Arabic home page writes its counts with Western digits", async ({ page }) => {
  await page.goto("/ar");
  const counts = page.locator("dl[aria-label]").getByRole("definition");

  await expect(counts).not.toHaveCount(0);
  for (const count of await counts.all()) {
    await expect(count).toHaveText(/^[0-9][0-9\s\u202f.,]*$/);
  }
});

test("the Arabic directory writes its result count with Western digits", async ({ page }) => {
  await page.goto("/ar/initiatives");

  await expect(page.getByTestId("result-count")).toHaveText(/[0-9]/);
  await expect(page.getByTestId("result-count")).not.toHaveText(/[\u0660-\u0669\u06f0-\u06f9]/);
});
