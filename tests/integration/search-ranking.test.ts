import { describe, expect } from "vitest";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { test, type Fixtures } from "./support/fixtures";
import { slugsInOrder } from "./support/search";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

/** An initiative with "compost" in one of its texts only, published on day `n`. */
function withCompost(fixtures: Fixtures, where: "title" | "summary" | "description", n: number) {
  const text = { title: "", summary: "Un atelier.", description: "Chaque samedi." };

  return fixtures.initiative({
    title: where === "title" ? `Compost n${n}` : `Jardin n${n}`,
    translations: [{ locale: "fr", ...text, [where]: `${text[where]} Compost.` }],
    publishedAt: day(n),
  });
}

describe("ranking of search results", () => {
  test("lists title matches, then summary, then description, newest first in each", async ({
    fixtures,
  }) => {
    const oldTitle = await withCompost(fixtures, "title", 1);
    const newDescription = await withCompost(fixtures, "description", 9);
    const newTitle = await withCompost(fixtures, "title", 3);
    const summary = await withCompost(fixtures, "summary", 8);
    const oldDescription = await withCompost(fixtures, "description", 2);

    expect(await slugsInOrder({ q: `compost ${fixtures.word}` })).toEqual([
      newTitle.slug,
      oldTitle.slug,
      summary.slug,
      newDescription.slug,
      oldDescription.slug,
    ]);
  });

  test("ranks by where every word is found: all in the title first", async ({ fixtures }) => {
    const split = await fixtures.initiative({
      title: "Compost",
      translations: [{ locale: "fr", title: "", summary: "Quartier Agdal." }],
      publishedAt: day(5),
    });
    const together = await fixtures.initiative({ title: "Compost Agdal", publishedAt: day(1) });

    expect(await slugsInOrder({ q: `compost agdal ${fixtures.word}` })).toEqual([
      together.slug,
      split.slug,
    ]);
  });

  test("walks pages of ranked results without repeats or gaps, in rank order", async ({
    fixtures,
  }) => {
    const expected: string[] = [];
    for (const where of ["title", "summary", "description"] as const) {
      const tier: string[] = [];
      for (let n = 1; n <= 9; n++) tier.unshift((await withCompost(fixtures, where, n)).slug);
      expected.push(...tier);
    }
    // Published at one instant: the id alone orders them, and must not repeat or skip.
    const sameInstant = await Promise.all(
      [1, 2, 3].map(() => withCompost(fixtures, "description", 0)),
    );

    const q = `compost ${fixtures.word}`;
    const first = await findPublishedInitiatives({ q, page: 1 });
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++)
      seen.push(...(await slugsInOrder({ q, page })));

    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(3);
    expect(seen.slice(0, 27)).toEqual(expected);
    expect(seen.slice(27).sort()).toEqual(sameInstant.map((item) => item.slug).sort());
    expect(await slugsInOrder({ q, page: 4 })).toEqual([]);
  });
});
