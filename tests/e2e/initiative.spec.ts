import { cardHrefs, resultCount } from "./support/directory";
import { expect, test } from "./support/fixtures";
import {
  firstNumber,
  locales,
  notFoundTitle,
  TRILINGUAL_ARABIC_TITLE,
  TRILINGUAL_SLUG,
} from "./support/site";

const aboutHeading = { fr: "À propos", en: "About" } as const;

for (const locale of ["fr", "en"] as const) {
  test(`the ${locale} initiative page shows its ${locale} text with no fallback note`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/initiatives/${TRILINGUAL_SLUG}`);
    const title = page.getByRole("heading", { level: 1 });
    const about = page.getByRole("region", { name: aboutHeading[locale] }).getByRole("paragraph");

    expect(response?.status()).toBe(200);
    await expect(title).toHaveAttribute("lang", locale);
    await expect(title).not.toBeEmpty();
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(about).not.toHaveCount(0);
    for (const paragraph of await about.all()) {
      await expect(paragraph).toHaveAttribute("lang", locale);
    }
  });
}

// zero-mika started in 2016 and has no end date.
for (const { locale, dates } of [
  { locale: "fr", dates: "Début : 2016" },
  { locale: "en", dates: "Started: 2016" },
]) {
  test(`the ${locale} page of an initiative with no end date says when it started`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/initiatives/${TRILINGUAL_SLUG}`);
    const entry = page
      .getByRole("main")
      .locator("dl > div")
      .filter({ has: page.getByRole("term").filter({ hasText: /^Dates$/ }) });

    await expect(entry.getByRole("definition")).toHaveText(dates);
  });
}

test("an Arabic page without Arabic text shows the French text, marked, and a note", async ({
  page,
}) => {
  await page.goto("/ar/initiatives");
  const frenchOnly = page
    .getByRole("main")
    .getByRole("article")
    .locator('h3[lang="fr"][dir="ltr"]')
    .getByRole("link")
    .first();
  await expect(frenchOnly, "a card whose title is only in French").toBeVisible();
  const href = await frenchOnly.getAttribute("href");

  await page.goto(href ?? "");
  const title = page.getByRole("heading", { level: 1 });
  const about = page.getByRole("region", { name: "نبذة" }).getByRole("paragraph");

  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("note")).toContainText("لم تُكتب هذه البطاقة بالعربية بعد");
  await expect(title).toHaveAttribute("lang", "fr");
  await expect(title).toHaveAttribute("dir", "ltr");
  await expect(about).not.toHaveCount(0);
  for (const paragraph of await about.all()) {
    await expect(paragraph).toHaveAttribute("lang", "fr");
    await expect(paragraph).toHaveAttribute("dir", "ltr");
  }
});

test("the Arabic page of an initiative written in Arabic shows its Arabic title", async ({
  page,
}) => {
  await page.goto(`/ar/initiatives/${TRILINGUAL_SLUG}`);
  const title = page.getByRole("heading", { level: 1 });

  await expect(title).toHaveText(TRILINGUAL_ARABIC_TITLE);
  await expect(title).toHaveAttribute("lang", "ar");
  await expect(title).toHaveAttribute("dir", "rtl");
});

test("the organisation link leads to a page listing the initiative", async ({ page }) => {
  await page.goto(`/fr/initiatives/${TRILINGUAL_SLUG}`);
  const organisation = page.getByRole("main").locator('a[href^="/fr/organisations/"]');
  const name = (await organisation.innerText()).trim();

  await organisation.click();
  await page.waitForURL((url) => url.pathname.startsWith("/fr/organisations/"));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  expect(await cardHrefs(page)).toContain(`/initiatives/${TRILINGUAL_SLUG}`);
});

for (const locale of locales) {
  for (const path of ["/initiatives/nulle-part", "/organisations/personne", "/regions/MA-99"]) {
    test(`${path} answers 404 with a ${locale} not-found message`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);

      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundTitle[locale]);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    });
  }
}

test("the not-found page is in the server HTML, readable without JavaScript", async ({
  serverPage,
}) => {
  const response = await serverPage.goto("/ar/initiatives/nulle-part");

  expect(response?.status()).toBe(404);
  await expect(serverPage.locator("html")).toHaveAttribute("lang", "ar");
  await expect(serverPage.getByRole("heading", { level: 1 })).toHaveText(notFoundTitle.ar);
});

test("a slug with broken percent-encoding is refused without a server error", async ({
  request,
}) => {
  const response = await request.get("/fr/initiatives/%E0%A4%A");

  expect([400, 404]).toContain(response.status());
});

test("a region page lists its initiatives and links to the filtered directory", async ({
  page,
}) => {
  await page.goto("/fr/regions/MA-07");
  const heading = page.getByRole("main").locator("header");
  const announced = firstNumber(await heading.getByText(/initiatives? publiées?/).innerText());
  const listed = await cardHrefs(page);

  expect(listed.length).toBeGreaterThan(0);
  expect(announced).toBeGreaterThanOrEqual(listed.length);

  await page.getByRole("link", { name: "Chercher dans cette région" }).click();
  await page.waitForURL((url) => url.searchParams.get("region") === "MA-07");

  expect(await resultCount(page)).toBe(announced);
  expect(await cardHrefs(page)).toEqual(listed);
  await expect(page.getByRole("search").getByLabel("Région")).toHaveValue("MA-07");
});
