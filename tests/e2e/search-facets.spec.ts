import AxeBuilder from "@axe-core/playwright";
import { blockingProblems } from "./support/axe";
import { resultCount, searchParam, submitSearch } from "./support/directory";
import { choicesOf, largest } from "./support/facets";
import { expect, test } from "./support/fixtures";

const cases = [
  { locale: "fr", q: "plage", region: "Région", theme: "Thème" },
  { locale: "ar", q: "المناخ", region: "الجهة", theme: "الموضوع" },
] as const;

for (const { locale, q, region, theme } of cases) {
  const search = `/${locale}/initiatives?${new URLSearchParams({ q })}`;

  test(`${locale}: each region shows how many results of the search it holds`, async ({ page }) => {
    await page.goto(search);
    const total = await resultCount(page);
    const regions = await choicesOf(page, region);
    const busiest = largest(regions);

    expect(regions).toHaveLength(12);
    expect(busiest.count).toBeGreaterThan(0);
    expect(busiest.count).toBeLessThanOrEqual(total);

    await page.getByRole("search").getByLabel(region).selectOption(busiest.value);
    await submitSearch(page);

    expect(searchParam(page, "q")).toBe(q);
    expect(searchParam(page, "region")).toBe(busiest.value);
    expect(await resultCount(page)).toBe(busiest.count);
  });

  test(`${locale}: themes count within the chosen region and the search`, async ({ page }) => {
    await page.goto(search);
    const busiest = largest(await choicesOf(page, region));
    await page.goto(`${search}&region=${busiest.value}`);
    const themes = await choicesOf(page, theme);
    const chosen = largest(themes);

    await page.getByRole("search").getByLabel(theme).selectOption(chosen.value);
    await submitSearch(page);

    expect(chosen.count).toBeGreaterThan(0);
    expect(chosen.count).toBeLessThanOrEqual(busiest.count);
    expect(searchParam(page, "region")).toBe(busiest.value);
    expect(await resultCount(page)).toBe(chosen.count);
    expect(largest(await choicesOf(page, region)).count).toBeLessThanOrEqual(busiest.count);
  });

  test(`${locale}: the counts follow the search words`, async ({ page }) => {
    await page.goto(`/${locale}/initiatives`);
    const everything = await choicesOf(page, region);
    await page.goto(search);
    const searched = await choicesOf(page, region);

    const sum = (choices: typeof everything) => choices.reduce((n, c) => n + c.count, 0);
    expect(sum(searched)).toBeGreaterThan(0);
    expect(sum(searched)).toBeLessThan(sum(everything));
    for (const choice of searched) {
      const before = everything.find((other) => other.value === choice.value);
      expect(choice.count, choice.label).toBeLessThanOrEqual(before?.count ?? 0);
    }
  });

  test(`${locale}: search results with highlights have no serious axe violation`, async ({
    freshPage,
  }) => {
    await freshPage.goto(search);
    await expect(freshPage.getByRole("main").locator("mark").first()).toBeVisible();

    const result = await new AxeBuilder({ page: freshPage }).analyze();

    expect(blockingProblems(result)).toEqual([]);
  });
}
