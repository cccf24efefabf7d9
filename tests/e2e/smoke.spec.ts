import { expect, test } from "@playwright/test";

test("the French home page declares French, left to right", async ({ page }) => {
  const response = await page.goto("/fr");

  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("the Arabic home page declares Arabic, right to left", async ({ page }) => {
  const response = await page.goto("/ar");

  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
