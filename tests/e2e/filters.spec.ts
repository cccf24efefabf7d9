import type { Page } from "@playwright/test";
import { filterChips, resultCount } from "./support/directory";
import { expect, test } from "./support/fixtures";

const FILTERED = "/fr/initiatives?region=MA-07&theme=advocacy";

/** Marks the document, so a test can tell a client-side navigation from a reload. */
async function markDocument(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute("data-e2e-mark", "kept"));
}

async function expectSameDocument(page: Page) {
  const mark = page.locator("html");

  await expect(mark, "the link navigated without reloading").toHaveAttribute(
    "data-e2e-mark",
    "kept",
  );
}

test("clearing all filters by link empties the form's region and theme", async ({ page }) => {
  await page.goto(FILTERED);
  const form = page.getByRole("search");
  await expect(form.getByLabel("Région")).toHaveValue("MA-07");
  await markDocument(page);

  await page.getByRole("main").getByRole("link", { name: "Tout effacer" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/initiatives" && url.search === "");

  await expect(form.getByLabel("Région")).toHaveValue("");
  await expect(form.getByLabel("Thème")).toHaveValue("");
  await expect(form.getByLabel("Région").locator("option:checked")).toHaveText(
    "Toutes les régions",
  );
  await expect(filterChips(page)).toHaveCount(0);
  await expectSameDocument(page);
});

test("removing one filter chip empties only that field of the form", async ({ page }) => {
  await page.goto(FILTERED);
  const form = page.getByRole("search");
  await expect(filterChips(page)).toHaveCount(2);
  await markDocument(page);

  await page.getByRole("link", { name: "Retirer le filtre Marrakech-Safi" }).click();
  await page.waitForURL((url) => url.search === "?theme=advocacy");

  await expect(form.getByLabel("Région")).toHaveValue("");
  await expect(form.getByLabel("Thème")).toHaveValue("advocacy");
  await expect(filterChips(page)).toHaveCount(1);
  await expectSameDocument(page);
});

test("a region code in lower case filters as its upper-case form does", async ({ page }) => {
  await page.goto("/fr/initiatives");
  const everything = await resultCount(page);
  await page.goto("/fr/initiatives?region=MA-07");
  const upper = await resultCount(page);

  await page.goto("/fr/initiatives?region=ma-07");

  expect(upper).toBeGreaterThan(0);
  expect(upper).toBeLessThan(everything);
  expect(await resultCount(page)).toBe(upper);
  await expect(page.getByRole("search").getByLabel("Région")).toHaveValue("MA-07");
  await expect(filterChips(page)).toHaveAccessibleName("Retirer le filtre Marrakech-Safi");
});

for (const { name, query } of [
  { name: "an unknown region", query: "region=MA-99" },
  { name: "an unknown theme", query: "theme=nope" },
  { name: "a search with nothing searchable", query: `q=${encodeURIComponent("🌳")}` },
]) {
  test(`${name} is dropped: the full list and no filter chip`, async ({ page }) => {
    await page.goto("/fr/initiatives");
    const everything = await resultCount(page);

    const response = await page.goto(`/fr/initiatives?${query}`);

    expect(response?.status()).toBe(200);
    expect(everything).toBeGreaterThan(0);
    expect(await resultCount(page)).toBe(everything);
    await expect(filterChips(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Tout effacer" })).toHaveCount(0);
  });
}
