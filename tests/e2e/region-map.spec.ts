import type { Page } from "@playwright/test";
import { resultCount } from "./support/directory";
import { expect, test } from "./support/fixtures";
import { firstNumber } from "./support/site";

const texts = {
  fr: { dir: "ltr", map: "Carte des initiatives publiées par région", table: /par région$/ },
  ar: { dir: "rtl", map: "خريطة المبادرات المنشورة حسب الجهة", table: /حسب الجهة$/ },
} as const;

type Locale = keyof typeof texts;

// Arabic spells out one and two ("مبادرتان منشورتان"): no digit there.
function countIn(name: string): number {
  return firstNumber(name) ?? (/واحدة|^une/.test(name) ? 1 : /مبادرتان/.test(name) ? 2 : 0);
}

/** Region name and count of each row of the screen-reader table. */
async function tableRows(page: Page, locale: Locale) {
  const table = page.getByRole("table", { name: texts[locale].table });
  const rows = table.getByRole("row").filter({ has: page.getByRole("rowheader") });

  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      region: row.querySelector("th")?.textContent ?? "",
      count: Number((row.querySelector("td")?.textContent ?? "").replace(/\D/g, "")),
    })),
  );
}

function mapLinks(page: Page, locale: Locale) {
  return page.getByRole("group", { name: texts[locale].map }).getByRole("link");
}

for (const locale of ["fr", "ar"] as const) {
  for (const path of ["", "/regions"]) {
    const where = path || "the home page";

    test(`the ${locale} map on ${where} links all 12 regions to the filtered directory`, async ({
      serverPage,
    }) => {
      await serverPage.goto(`/${locale}${path}`);
      await expect(serverPage.locator("html")).toHaveAttribute("lang", locale);
      await expect(serverPage.locator("html")).toHaveAttribute("dir", texts[locale].dir);

      const links = mapLinks(serverPage, locale);
      await expect(links).toHaveCount(12);
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")));

      expect(hrefs.sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => {
          const code = `MA-${String(i + 1).padStart(2, "0")}`;

          return `/${locale}/initiatives?region=${code}`;
        }),
      );
    });
  }

  test(`the ${locale} map names each region with the count its table shows`, async ({
    serverPage,
  }) => {
    await serverPage.goto(`/${locale}`);
    const rows = await tableRows(serverPage, locale);
    expect(rows).toHaveLength(12);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);

    for (const row of rows) {
      const link = mapLinks(serverPage, locale).filter({ hasText: row.region });
      await expect(link, row.region).toHaveCount(1);
      const name = (await link.locator("title").textContent()) ?? "";

      await expect(link).toHaveAccessibleName(name);
      expect(name.startsWith(row.region), name).toBe(true);
      expect(countIn(name.slice(row.region.length)), name).toBe(row.count);
    }
  });

  test(`a region of the ${locale} map opens the directory with the count it shows`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    const rows = await tableRows(page, locale);
    const busiest = rows.reduce((best, row) => (row.count > best.count ? row : best));
    const link = mapLinks(page, locale).filter({ hasText: busiest.region });

    await link.click();
    await page.waitForURL((url) => url.pathname === `/${locale}/initiatives`);

    expect(new URL(page.url()).searchParams.get("region")).toMatch(/^MA-\d\d$/);
    expect(await resultCount(page)).toBe(busiest.count);
    await expect(page.getByRole("search").getByRole("combobox").first()).toHaveValue(
      new URL(page.url()).searchParams.get("region") ?? "",
    );
  });
}

test("the map credits its outlines' source and licence in the page's language", async ({
  serverPage,
}) => {
  for (const [locale, words] of [
    ["fr", "Contours des régions"],
    ["ar", "حدود الجهات"],
    ["en", "Region outlines"],
  ] as const) {
    await serverPage.goto(`/${locale}/regions`);
    const credit = serverPage.getByRole("figure").getByText(words);

    await expect(credit).toBeVisible();
    await expect(credit.getByRole("link", { name: "OpenStreetMap" })).toHaveAttribute(
      "href",
      "https://www.openstreetmap.org/copyright",
    );
    await expect(credit.getByRole("link", { name: "ODbL" })).toBeVisible();
  }
});

test("the map fits a 390 px wide phone without scrolling sideways", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();

  for (const locale of ["fr", "ar"]) {
    await page.goto(`/${locale}`);
    const box = await page.getByRole("figure").locator("svg").boundingBox();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);

    expect(box?.width).toBeGreaterThan(300);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  }
  await context.close();
});
