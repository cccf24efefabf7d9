import type { Page } from "@playwright/test";
import { firstNumber } from "./site";

// French messages spell out only zero ("aucune initiative"): no digit means 0.
const countIn = (text: string) => firstNumber(text) ?? 0;

/** The number of published initiatives the French home page announces. */
export async function homePublishedCount(page: Page): Promise<number> {
  await page.goto("/fr");
  const stat = page
    .locator("dl[aria-label] > div")
    .filter({ has: page.getByRole("term").filter({ hasText: /initiatives? publiées?/ }) });

  return countIn(await stat.getByRole("definition").innerText());
}

/** The count the French home page shows beside a theme or a region link. */
export async function homeFigure(page: Page, section: string, link: string): Promise<number> {
  await page.goto("/fr");
  // The list's link: in the region section, the map links each region too.
  const inSection = page.getByRole("region", { name: section });
  const target = inSection.getByRole("list").getByRole("link", { name: link });

  return countIn(await target.innerText());
}
