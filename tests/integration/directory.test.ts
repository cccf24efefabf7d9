import { describe, expect } from "vitest";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { DIRECTORY_PAGE_SIZE, findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { test } from "./support/fixtures";

const UNPUBLISHED: InitiativeStatus[] = [
  "DRAFT",
  "PENDING_REVIEW",
  "CHANGES_REQUESTED",
  "REJECTED",
  "ARCHIVED",
];

async function slugsFound(params: { q: string; region?: string; theme?: string }) {
  const page = await findPublishedInitiatives({ ...params, page: 1 });

  return page.items.map((item) => item.slug).sort();
}

describe("findPublishedInitiatives", () => {
  test("lists only published initiatives", async ({ fixtures }) => {
    const published = await fixtures.initiative({ title: "Publiée" });
    for (const status of UNPUBLISHED) {
      await fixtures.initiative({ title: `Statut ${status}`, status });
    }

    const page = await findPublishedInitiatives({ q: fixtures.word, page: 1 });

    expect(page.items.map((item) => item.slug)).toEqual([published.slug]);
    expect(page.total).toBe(1);
  });

  test("filters by every region an initiative works in", async ({ fixtures }) => {
    const { word } = fixtures;
    const twoRegions = await fixtures.initiative({
      title: "Deux régions",
      regionCode: "MA-01",
      regionCodes: ["MA-01", "MA-05"],
    });
    // Its main region is MA-05 but it lists only MA-02: the list decides.
    const listedElsewhere = await fixtures.initiative({
      title: "Listée ailleurs",
      regionCode: "MA-05",
      regionCodes: ["MA-02"],
    });

    expect(await slugsFound({ q: word, region: "MA-05" })).toEqual([twoRegions.slug]);
    expect(await slugsFound({ q: word, region: "MA-02" })).toEqual([listedElsewhere.slug]);
    expect(await slugsFound({ q: word, region: "MA-12" })).toEqual([]);
  });

  test("filters by theme, secondary themes included", async ({ fixtures }) => {
    const { word } = fixtures;
    const water = await fixtures.initiative({ title: "Eau", themeSlugs: ["water", "energy"] });
    const waste = await fixtures.initiative({ title: "Déchets", themeSlugs: ["waste"] });

    expect(await slugsFound({ q: word, theme: "energy" })).toEqual([water.slug]);
    expect(await slugsFound({ q: word, theme: "waste" })).toEqual([waste.slug]);
    expect(await slugsFound({ q: word, theme: "mobility" })).toEqual([]);
  });

  test("requires every search word, whatever accents and case are typed", async ({ fixtures }) => {
    const { word } = fixtures;
    const tetouan = await fixtures.initiative({ title: "Économie d'énergie à Tétouan" });
    const fes = await fixtures.initiative({ title: "Économie circulaire à Fès" });

    expect(await slugsFound({ q: `ECONOMIE tetouan ${word}` })).toEqual([tetouan.slug]);
    expect(await slugsFound({ q: `économie ${word}` })).toEqual([tetouan.slug, fes.slug].sort());
    expect(await slugsFound({ q: `energie fes ${word}` })).toEqual([]);
  });

  test("matches a search word only at the start of a word", async ({ fixtures }) => {
    const { word } = fixtures;
    const drinking = await fixtures.initiative({ title: "Eau potable" });
    const network = await fixtures.initiative({ title: "Réseau de quartier" });

    expect(await slugsFound({ q: `eau ${word}` })).toEqual([drinking.slug]);
    expect(await slugsFound({ q: `reseau ${word}` })).toEqual([network.slug]);
    expect(await slugsFound({ q: `pot ${word}` })).toEqual([drinking.slug]);
    expect(await slugsFound({ q: `table ${word}` })).toEqual([]);
  });

  test("matches Arabic whatever hamza, teh marbuta and vowel marks are typed", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const energy = await fixtures.initiative({ title: "جمعية الطاقة المتجددة" });

    expect(await slugsFound({ q: `الطاقه المتجدِّدة ${word}` })).toEqual([energy.slug]);
    expect(await slugsFound({ q: `جَمعيّة ${word}` })).toEqual([energy.slug]);
  });

  test("finds an Arabic word typed with or without its article or a particle", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const waste = await fixtures.initiative({ title: "فرز النفايات في المدارس" });

    expect(await slugsFound({ q: `نفايات ${word}` })).toEqual([waste.slug]);
    expect(await slugsFound({ q: `للنفايات مدارس ${word}` })).toEqual([waste.slug]);
    expect(await slugsFound({ q: `النفايات ${word}` })).toEqual([waste.slug]);
  });

  test("walks pages of initiatives published at one instant without repeats or gaps", async ({
    fixtures,
  }) => {
    const publishedAt = new Date("2026-01-15T10:00:00Z");
    const created = new Set<string>();
    for (let n = 1; n <= 30; n++) {
      created.add((await fixtures.initiative({ title: `N${n}`, publishedAt })).id);
    }

    const first = await findPublishedInitiatives({ q: fixtures.word, page: 1 });
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const { items } = await findPublishedInitiatives({ q: fixtures.word, page });
      seen.push(...items.map((item) => item.id));
    }

    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(Math.ceil(30 / DIRECTORY_PAGE_SIZE));
    expect(seen).toHaveLength(30);
    expect(new Set(seen)).toEqual(created);
  });
});
