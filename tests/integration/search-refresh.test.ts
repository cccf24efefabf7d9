import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { refreshAllSearchColumns } from "@/lib/search/refresh-all";
import { test } from "./support/fixtures";

async function slugsFound(q: string) {
  const page = await findPublishedInitiatives({ q, page: 1 });

  return page.items.map((item) => item.slug);
}

function storedRow(id: string) {
  return db.initiative.findUniqueOrThrow({
    where: { id },
    select: { searchTitle: true, searchSummary: true, searchBody: true, updatedAt: true },
  });
}

describe("refreshAllSearchColumns", () => {
  test("writes region and theme names into an initiative's search columns", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const initiative = await fixtures.initiative({
      title: "Jardin partagé",
      regionCodes: ["MA-07"],
      themeSlugs: ["water"],
      indexed: "nothing",
    });
    expect(await slugsFound(`مراكش ${word}`)).toEqual([]);

    const updated = await refreshAllSearchColumns(db);

    expect(updated).toBeGreaterThanOrEqual(1);
    expect(await slugsFound(`مراكش ${word}`)).toEqual([initiative.slug]);
    expect(await slugsFound(`marrakesh safi ${word}`)).toEqual([initiative.slug]);
    expect(await slugsFound(`الماء ${word}`)).toEqual([initiative.slug]);
    expect(await slugsFound(`jardin ${word}`)).toEqual([initiative.slug]);
  });

  test("leaves an initiative whose search columns are current unwritten", async ({ fixtures }) => {
    const initiative = await fixtures.initiative({
      title: "Ferme solaire",
      regionCodes: ["MA-07"],
      indexed: "nothing",
    });
    await refreshAllSearchColumns(db);
    // A date no write by the refresh could give, so any rewrite shows.
    const marked = new Date("2001-02-03T04:05:06Z");
    await db.initiative.update({ where: { id: initiative.id }, data: { updatedAt: marked } });
    const before = await storedRow(initiative.id);

    await refreshAllSearchColumns(db);

    expect(before.updatedAt).toEqual(marked);
    expect(before.searchBody).toContain("marrakech safi");
    expect(await storedRow(initiative.id)).toEqual(before);
  });
});
