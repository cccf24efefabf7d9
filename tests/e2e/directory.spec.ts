import {
  cardHrefs,
  cardLinks,
  PAGE_SIZE,
  resultCount,
  searchParam,
  submitSearch,
} from "./support/directory";
import { expect, test } from "./support/fixtures";
import { homeFigure, homePublishedCount } from "./support/home";

test("choosing a region in the form narrows the list to that region", async ({ page }) => {
  const expected = await homeFigure(page, "Par région", "Marrakech-Safi");
  await page.goto("/fr/initiatives");
  const everything = await resultCount(page);

  await page.getByRole("search").getByLabel("Région").selectOption("MA-07");
  await submitSearch(page);

  expect(searchParam(page, "region")).toBe("MA-07");
  expect(await resultCount(page)).toBe(expected);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(everything);
  await expect(page.getByRole("search").getByLabel("Région")).toHaveValue("MA-07");
});

test("choosing a theme in the form narrows the list to that theme", async ({ page }) => {
  const expected = await homeFigure(page, "Par thème", "Déchets");
  await page.goto("/fr/initiatives");
  const everything = await resultCount(page);

  await page.getByRole("search").getByLabel("Thème").selectOption("waste");
  await submitSearch(page);

  expect(searchParam(page, "theme")).toBe("waste");
  expect(await resultCount(page)).toBe(expected);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(everything);
  await expect(page.getByRole("search").getByLabel("Thème")).toHaveValue("waste");
});

test("searching without accents finds the initiatives written with them", async ({ page }) => {
  await page.goto("/fr/initiatives?q=déchets");
  const accented = await cardHrefs(page);
  const accentedCount = await resultCount(page);

  await page.goto("/fr/initiatives");
  await page.getByRole("search").getByRole("searchbox").fill("dechets");
  await submitSearch(page);

  expect(searchParam(page, "q")).toBe("dechets");
  expect(accentedCount).toBeGreaterThan(0);
  expect(await resultCount(page)).toBe(accentedCount);
  expect(await cardHrefs(page)).toEqual(accented);

  await cardLinks(page).first().click();
  await expect(page.getByRole("main")).toContainText(/déchets/i);
});

test("a search with no match shows the empty state and a way back to everything", async ({
  page,
}) => {
  const everything = await homePublishedCount(page);
  await page.goto("/fr/initiatives");

  await page.getByRole("search").getByRole("searchbox").fill("xqzw-nulle-part");
  await submitSearch(page);

  expect(await resultCount(page)).toBe(0);
  await expect(cardLinks(page)).toHaveCount(0);
  await expect(page.getByText("Aucune initiative ne correspond à cette recherche.")).toBeVisible();

  await page.getByRole("link", { name: "Voir toutes les initiatives" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/initiatives" && url.search === "");
  expect(await resultCount(page)).toBe(everything);
});

test("following the next links visits every initiative exactly once", async ({ page }) => {
  await page.goto("/fr/initiatives");
  const total = await resultCount(page);
  const pages: string[][] = [];

  for (let number = 1; number <= 100; number += 1) {
    const pagination = page.getByRole("navigation", { name: "Pages de résultats" });
    pages.push(await cardHrefs(page));

    const next = pagination.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;

    await next.click();
    await page.waitForURL((url) => url.searchParams.get("page") === String(number + 1));
    await expect(pagination.locator('[aria-current="page"]')).toContainText(`${number + 1}`);
  }

  const visited = pages.flat();
  expect(pages.length).toBe(Math.ceil(total / PAGE_SIZE));
  expect(visited.length).toBe(total);
  expect(new Set(visited).size).toBe(visited.length);
  for (const full of pages.slice(0, -1)) expect(full).toHaveLength(PAGE_SIZE);
});

test("the directory's total matches the home page's published count", async ({ page }) => {
  const announced = await homePublishedCount(page);

  await page.goto("/fr/initiatives");

  expect(announced).toBeGreaterThan(0);
  expect(await resultCount(page)).toBe(announced);
});

test("a page past the end explains how many pages exist and links to the first", async ({
  page,
}) => {
  const response = await page.goto("/fr/initiatives?page=999");
  const pageCount = Math.ceil((await resultCount(page)) / PAGE_SIZE);

  expect(response?.status()).toBe(200);
  await expect(cardLinks(page)).toHaveCount(0);
  await expect(page.getByText(`la liste compte ${pageCount} pages`)).toBeVisible();

  await page.getByRole("link", { name: "Revenir à la première page" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/initiatives" && !url.search);
  await expect(cardLinks(page)).toHaveCount(PAGE_SIZE);
});

const hostileQueries = [
  { name: "quotes", q: `l'eau "verte"` },
  { name: "a percent sign and an underscore", q: "100% _bio_" },
  { name: "SQL", q: `'; DROP TABLE "Initiative"; --` },
  { name: "a backslash", q: "C:\\eau\\" },
  { name: "markup", q: "<script>alert(1)</script>" },
  { name: "1000 characters", q: "plastique ".repeat(100) },
];

for (const { name, q } of hostileQueries) {
  test(`a search made of ${name} answers 200 with the directory`, async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });

    const response = await page.goto(`/fr/initiatives?${new URLSearchParams({ q })}`);

    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("result-count")).toBeVisible();
    const echoed = await page.getByRole("search").getByRole("searchbox").inputValue();
    expect(q.startsWith(echoed.trim()), `the search box shows ${echoed}`).toBe(true);
    expect(echoed.trim().length).toBeGreaterThan(0);
    expect(dialogs).toBe(0);
  });
}

test("the search form filters without JavaScript", async ({ serverPage }) => {
  await serverPage.goto("/fr/initiatives");
  const everything = await resultCount(serverPage);
  const form = serverPage.getByRole("search");

  await form.getByRole("searchbox").fill("plastique");
  await form.getByLabel("Thème").selectOption("waste");
  await submitSearch(serverPage);

  expect(searchParam(serverPage, "q")).toBe("plastique");
  expect(searchParam(serverPage, "theme")).toBe("waste");
  const filtered = await resultCount(serverPage);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(everything);
  await expect(cardLinks(serverPage)).toHaveCount(Math.min(filtered, PAGE_SIZE));
});

test("each directory page is its own canonical page; search results are not indexed", async ({
  page,
}) => {
  await page.goto("/fr/initiatives?page=2");
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveAttribute("href", /\/fr\/initiatives\?page=2$/);

  await page.goto("/fr/initiatives?q=eau");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
