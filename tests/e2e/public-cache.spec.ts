import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { removeFlowOwners, submitted } from "./support/moderation-flow-setup";
import { decide, openFromSearch } from "./support/moderation-flows";
import { closeAll } from "./support/organisations";

// Public pages are served from a cache. A moderator's decision must show on
// every page that lists the initiative on the very next visit, with no wait.

test.afterAll(removeFlowOwners);

test.describe.configure({ timeout: 120_000 });

const LISTS = ["/ar", "/fr/initiatives", "/ar/regions/MA-09", "/en/regions/MA-09"];

async function cacheState(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);

  return { cache: response.headers()["x-nextjs-cache"], html: await response.text() };
}

/** Visits each page twice, so the second answer comes from the cache, without the title. */
async function expectCachedWithout(page: Page, paths: string[], title: string) {
  for (const path of paths) {
    await cacheState(page, path);
    const second = await cacheState(page, path);
    expect(second.cache, path).toBe("HIT");
    expect(second.html, path).not.toContain(title);
  }
}

async function expectListed(page: Page, paths: string[], title: string) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: title }).first(), path).toBeVisible();
  }
}

test("an approval and a takedown show on every cached page at the next visit", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const place = { region: "MA-09", theme: "education" };
  const cast = { writes: "ar", moderates: "fr", place } as const;
  const { word, writer, item, reviewer } = await submitted(browser, baseURL, cast);
  await expectCachedWithout(visitor, LISTS, item.title);

  await reviewer.goto(`/fr/moderation/initiatives/${item.id}`);
  await decide(reviewer, "fr", "approve");

  await expectListed(visitor, LISTS, item.title);
  const path = await openFromSearch(visitor, word);
  const organisationPath = await visitor
    .getByRole("main")
    .locator('a[href*="/organisations/"]')
    .first()
    .getAttribute("href");
  const pages = [...LISTS, path, `${organisationPath}`];
  expect((await cacheState(visitor, path)).cache).toBe("HIT");

  await reviewer.goto(`/fr/moderation/initiatives/${item.id}`);
  await decide(reviewer, "fr", "unpublish", { reason: "insufficientInformation" });

  expect((await visitor.request.get(path)).status()).toBe(404);
  for (const listed of pages.filter((p) => p !== path)) {
    const response = await visitor.request.get(listed);
    expect(await response.text(), listed).not.toContain(item.title);
  }
  await closeAll([writer, reviewer]);
});

test("POST /api/cache/purge - refuses a missing or wrong token as if it did not exist", async ({
  request,
}) => {
  const purge = (authorization?: string) =>
    request.post("/api/cache/purge", { headers: authorization ? { authorization } : {} });

  expect((await purge()).status()).toBe(404);
  expect((await purge("Bearer not-the-token-but-long-enough-0123456789")).status()).toBe(404);
  expect((await purge(`Basic ${process.env.CACHE_PURGE_TOKEN}`)).status()).toBe(404);
  expect((await purge(`Bearer ${process.env.CACHE_PURGE_TOKEN}`)).status()).toBe(204);

  await request.get("/fr/organisations");
  expect((await request.get("/fr/organisations")).headers()["x-nextjs-cache"]).toBe("HIT");
  await purge(`Bearer ${process.env.CACHE_PURGE_TOKEN}`);
  expect((await request.get("/fr/organisations")).headers()["x-nextjs-cache"]).not.toBe("HIT");
});
