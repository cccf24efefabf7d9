import { expect, test } from "@playwright/test";

// The narrowest phones in common use in Morocco are 360 CSS pixels wide.
const PHONE = { width: 360, height: 740 };

// A query as long as the search box allows, with no space to wrap at.
const LONG_QUERY = "a".repeat(200);

const PATHS = ["", "/initiatives", "/regions", `/initiatives?q=${LONG_QUERY}`];

for (const locale of ["fr", "ar", "en"] as const) {
  for (const path of PATHS) {
    const where = path.length > 40 ? `${path.slice(0, 20)}…` : path || "the home page";

    test(`the ${locale} page ${where} fits a 360 px phone without sideways scrolling`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL, viewport: PHONE });
      const page = await context.newPage();

      const response = await page.goto(`/${locale}${path}`);
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        window: document.documentElement.clientWidth,
      }));
      await context.close();

      expect(response?.status()).toBe(200);
      expect(widths.window).toBe(PHONE.width);
      expect(widths.content).toBeLessThanOrEqual(widths.window);
    });
  }
}

test("a long query shows on one line in its filter chip, whole in its label", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  const page = await context.newPage();

  await page.goto(`/fr/initiatives?q=${LONG_QUERY}`);
  const chip = page.getByRole("link", { name: new RegExp(`Retirer.*${LONG_QUERY}`) });
  const label = chip.locator("bdi");
  const box = await label.evaluate((element) => ({
    height: element.clientHeight,
    lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    clipped: element.scrollWidth > element.clientWidth,
  }));
  await context.close();

  expect(box.height).toBeLessThanOrEqual(box.lineHeight * 1.5);
  expect(box.clipped).toBe(true);
});
