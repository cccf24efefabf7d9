import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { searchColumnsOf } from "@/lib/search/search-columns";
import { expect, test } from "./support/fixtures";
import { withFixtures } from "./support/fixtures-db";

/** A published initiative whose search text is written as the site writes it. */
function published(locale: "fr" | "ar", title: string) {
  const columns = searchColumnsOf({
    translations: [{ title }],
    organisationNames: [],
    regions: [],
    themes: [],
  });
  const slug = `e2e-${randomUUID().slice(0, 12)}`;

  return { slug, status: "PUBLISHED" as const, locale, title, searchTitle: columns.searchTitle };
}

function card(page: Page, title: string) {
  return page.getByRole("main").getByRole("article").filter({ hasText: title });
}

async function marksIn(page: Page, title: string) {
  return card(page, title).getByRole("heading", { level: 3 }).locator("mark").allInnerTexts();
}

test("a French search highlights the words as written, and markup stays text", async ({ page }) => {
  const word = `zh${randomUUID().slice(0, 8)}`;
  const title = `<b>Compost</b> à l’École ${word}`;

  await withFixtures([published("fr", title)], async () => {
    await page.goto(`/fr/initiatives?${new URLSearchParams({ q: `ecole COMPOST ${word}` })}`);

    const heading = card(page, word).getByRole("heading", { level: 3 });
    await expect(heading).toHaveText(title);
    expect(await marksIn(page, word)).toEqual(["Compost", "École", word]);
    await expect(heading.locator("b")).toHaveCount(0);
  });
});

for (const locale of ["ar", "fr"] as const) {
  test(`an Arabic title keeps its vowel marks in the highlight on the ${locale} directory`, async ({
    page,
  }) => {
    const word = `zh${randomUUID().slice(0, 8)}`;
    const title = `الطَّاقَة الشمسية في القرى ${word}`;

    await withFixtures([published("ar", title)], async () => {
      await page.goto(`/${locale}/initiatives?${new URLSearchParams({ q: `الطاقه ${word}` })}`);

      expect(await marksIn(page, word)).toEqual(["الطَّاقَة", word]);
      await expect(card(page, word).getByRole("heading", { level: 3 })).toHaveAttribute(
        "dir",
        "rtl",
      );
    });
  });
}

test("a place searched in Arabic is highlighted where the text names it in French", async ({
  page,
}) => {
  const word = `zh${randomUUID().slice(0, 8)}`;
  const title = `Jardin partagé à Marrakech ${word}`;

  await withFixtures([published("fr", title)], async () => {
    await page.goto(`/ar/initiatives?${new URLSearchParams({ q: `مراكش ${word}` })}`);

    expect(await marksIn(page, word)).toEqual(["Marrakech", word]);
  });
});
