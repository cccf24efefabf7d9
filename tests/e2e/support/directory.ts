import { expect, type Page } from "@playwright/test";
import { firstNumber } from "./site";

export const PAGE_SIZE = 12;

/** The title links of the initiative cards listed in the page's main content. */
export function cardLinks(page: Page) {
  return page
    .getByRole("main")
    .getByRole("article")
    .getByRole("heading", { level: 3 })
    .getByRole("link");
}

export async function cardHrefs(page: Page): Promise<string[]> {
  const hrefs = await cardLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );

  return hrefs.map((href) => href.replace(/^\/(fr|ar|en)\//, "/"));
}

/** The directory's total, read from its status line. */
export async function resultCount(page: Page): Promise<number> {
  const text = await page.getByTestId("result-count").innerText();
  const total = firstNumber(text);
  if (total !== undefined) return total;

  // Small totals are spelled out ("Aucune initiative", "مبادرتان"); they fit
  // on one page, so the cards shown are the total.
  return cardLinks(page).count();
}

/** The French directory's active-filter chips, each a link that removes its filter. */
export function filterChips(page: Page) {
  return page.getByRole("main").getByRole("link", { name: /^Retirer le filtre/ });
}

/** Sends the directory's search form as a visitor would, and waits for the result. */
export async function submitSearch(page: Page) {
  // A plain GET form: submitting it loads a new document.
  const loaded = page.waitForEvent("load");
  await page.getByRole("search").getByRole("button").click();
  await loaded;
  await expect(page.getByTestId("result-count")).toBeVisible();
}

export function searchParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}
