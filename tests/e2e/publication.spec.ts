import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withFixtures } from "./support/fixtures-db";

test("an unpublished initiative is absent from pages, search and counts", async ({ page }) => {
  const word = `zq${randomUUID().slice(0, 8)}`;
  const statuses = ["DRAFT", "PENDING_REVIEW", "REJECTED"] as const;
  const fixtures = statuses.map((status) => ({
    slug: `${word}-${status.toLowerCase()}`,
    status,
    locale: "fr" as const,
    title: `Brouillon ${word}`,
    searchTitle: `brouillon ${word}`,
  }));

  await page.goto("/fr/initiatives");
  const countBefore = await page.getByTestId("result-count").textContent();

  await withFixtures(fixtures, async () => {
    await page.goto(`/fr/initiatives?q=${word}`);
    await expect(page.getByTestId("result-count")).toHaveText(/Aucune initiative/);

    await page.goto("/fr/initiatives");
    await expect(page.getByTestId("result-count")).toHaveText(countBefore ?? "");

    for (const fixture of fixtures) {
      const response = await page.goto(`/fr/initiatives/${fixture.slug}`);
      expect(response?.status()).toBe(404);
    }
  });
});

test("an initiative with an Arabic slug opens from the directory in every language", async ({
  page,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const title = `مبادرة الواحة الخضراء ${suffix}`;
  const slug = `مبادرة-الواحة-الخضراء-${suffix}`;
  const fixture = {
    slug,
    status: "PUBLISHED" as const,
    locale: "ar" as const,
    title,
    searchTitle: `مبادره الواحه الخضراء ${suffix}`,
  };

  await withFixtures([fixture], async () => {
    for (const locale of ["ar", "fr", "en"]) {
      await page.goto(`/${locale}/initiatives?q=${encodeURIComponent(suffix)}`);
      await page.getByRole("link", { name: title }).click();

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(
        `/${locale}/initiatives/${slug}`,
      );
    }
  });
});
