import { describe, expect } from "vitest";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { test, type Fixtures } from "./support/fixtures";

const facetsOf = async (query: { q: string; region?: string; theme?: string }) => {
  const { total, facets } = await findPublishedInitiatives({ ...query, page: 1 });

  return {
    total,
    regions: Object.fromEntries(facets.regions),
    themes: Object.fromEntries(facets.themes),
  };
};

/** Water in Souss-Massa and in Marrakech-Safi; energy in both; a draft that never counts. */
async function world(fixtures: Fixtures) {
  await fixtures.initiative({
    title: "Puits solaire",
    regionCodes: ["MA-09"],
    themeSlugs: ["water", "energy"],
  });
  await fixtures.initiative({
    title: "Puits collectif",
    regionCodes: ["MA-09", "MA-07"],
    themeSlugs: ["water"],
  });
  await fixtures.initiative({
    title: "Four solaire",
    regionCodes: ["MA-07"],
    themeSlugs: ["energy"],
  });
  await fixtures.initiative({
    title: "Puits brouillon",
    status: "DRAFT",
    regionCodes: ["MA-09"],
    themeSlugs: ["water"],
  });
}

describe("facet counts of the directory", () => {
  test("count each region and theme among the matches of the query", async ({ fixtures }) => {
    await world(fixtures);

    expect(await facetsOf({ q: `puits ${fixtures.word}` })).toEqual({
      total: 2,
      regions: { "MA-09": 2, "MA-07": 1 },
      themes: { water: 2, energy: 1 },
    });
  });

  test("count regions with the theme filter, themes with the region filter", async ({
    fixtures,
  }) => {
    await world(fixtures);
    const q = fixtures.word;

    expect(await facetsOf({ q, theme: "energy" })).toEqual({
      total: 2,
      regions: { "MA-09": 1, "MA-07": 1 },
      themes: { water: 2, energy: 2 },
    });
    expect(await facetsOf({ q, region: "MA-07" })).toEqual({
      total: 2,
      regions: { "MA-09": 2, "MA-07": 2 },
      themes: { water: 1, energy: 1 },
    });
    expect(await facetsOf({ q, region: "MA-07", theme: "water" })).toEqual({
      total: 1,
      regions: { "MA-09": 2, "MA-07": 1 },
      themes: { water: 1, energy: 1 },
    });
  });

  test("give the total that choosing each region or theme shows", async ({ fixtures }) => {
    await world(fixtures);
    const q = `solaire ${fixtures.word}`;
    const { regions, themes } = await facetsOf({ q });

    for (const [region, count] of Object.entries(regions)) {
      expect((await facetsOf({ q, region })).total, region).toBe(count);
    }
    for (const [theme, count] of Object.entries(themes)) {
      expect((await facetsOf({ q, theme })).total, theme).toBe(count);
    }
  });

  test("count every published initiative without a query", async ({ fixtures }) => {
    const before = await findPublishedInitiatives({ page: 1 });
    await world(fixtures);

    const after = await findPublishedInitiatives({ page: 1 });

    expect(after.total).toBe(before.total + 3);
    expect(after.facets.regions.get("MA-09")).toBe((before.facets.regions.get("MA-09") ?? 0) + 2);
    expect(after.facets.themes.get("water")).toBe((before.facets.themes.get("water") ?? 0) + 2);
  });
});
