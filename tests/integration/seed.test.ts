import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { listRegions } from "@/lib/regions/queries";
import { listThemes } from "@/lib/themes/queries";

const SEED_FILE = path.join(import.meta.dirname, "../../prisma/seed-data/initiatives.json");

async function allSlugsFound(query: { q?: string; region?: string }): Promise<string[]> {
  const first = await findPublishedInitiatives({ ...query, page: 1 });
  const slugs = first.items.map((item) => item.slug);
  for (let page = 2; page <= first.pageCount; page++) {
    const { items } = await findPublishedInitiatives({ ...query, page });
    slugs.push(...items.map((item) => item.slug));
  }

  return slugs;
}

// Marrakech in French, English or Arabic, in an initiative's own words.
const MENTIONS_MARRAKECH = /marrak|مراكش/i;

function seededSlugs(): string[] {
  const { initiatives } = JSON.parse(readFileSync(SEED_FILE, "utf8")) as {
    initiatives: { slug: string }[];
  };

  return initiatives.map((initiative) => initiative.slug);
}

describe("seed", () => {
  it("publishes the 64 sourced initiatives", async () => {
    const slugs = seededSlugs();

    const published = await db.initiative.count({
      where: { slug: { in: slugs }, status: "PUBLISHED" },
    });

    expect(slugs).toHaveLength(64);
    expect(published).toBe(64);
  });

  it("creates the 12 regions, MA-01 to MA-12", async () => {
    const regions = await listRegions();

    expect(regions.map((region) => region.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("creates the 10 themes", async () => {
    expect(await listThemes()).toHaveLength(10);
  });

  it("finds every Marrakech-Safi initiative by the Arabic word مراكش", async () => {
    const inRegion = await allSlugsFound({ region: "MA-07" });

    const found = await allSlugsFound({ q: "مراكش" });

    expect(inRegion.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThanOrEqual(inRegion.length);
    expect(found).toEqual(expect.arrayContaining(inRegion));
  });

  it("finds by مراكش only initiatives in Marrakech-Safi or that mention Marrakech", async () => {
    const found = await allSlugsFound({ q: "مراكش" });
    const initiatives = await db.initiative.findMany({
      where: { slug: { in: found } },
      select: {
        slug: true,
        city: true,
        regions: { select: { regionCode: true } },
        translations: { select: { title: true, summary: true, description: true } },
        organisation: { select: { name: true, translations: { select: { name: true } } } },
      },
    });

    const unrelated = initiatives.filter((initiative) => {
      const inRegion = initiative.regions.some((r) => r.regionCode === "MA-07");
      const ownWords = JSON.stringify([
        initiative.city,
        initiative.translations,
        initiative.organisation,
      ]);

      return !inRegion && !MENTIONS_MARRAKECH.test(ownWords);
    });

    expect(initiatives).toHaveLength(found.length);
    expect(unrelated.map((initiative) => initiative.slug)).toEqual([]);
  });
});
