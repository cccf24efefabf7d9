import { expect, test } from "./support/fixtures";

const ARABIC_LETTER = /\p{Script=Arabic}/u;

test("an Arabic card's 'by' line is Arabic, with only the name marked in its language", async ({
  page,
}) => {
  await page.goto("/ar/initiatives");
  const byLines = page
    .getByRole("main")
    .getByRole("article")
    .locator("p")
    .filter({ hasText: /^من طرف/ });

  await expect(byLines).not.toHaveCount(0);
  await expect(byLines.locator('bdi[lang="fr"]').first(), "a French-only name").toBeVisible();
  for (const line of await byLines.all()) {
    const name = line.locator("bdi");
    const lang = ARABIC_LETTER.test(await name.innerText()) ? "ar" : "fr";

    await expect(line).not.toHaveAttribute("lang");
    await expect(line).not.toHaveAttribute("dir");
    await expect(name).toHaveAttribute("lang", lang);
  }
});
