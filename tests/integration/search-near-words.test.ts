import { describe, expect } from "vitest";
import { test } from "./support/fixtures";
import { slugsFound } from "./support/search";

describe("search with a misspelt word", () => {
  test("finds a word typed one letter off", async ({ fixtures }) => {
    const { word } = fixtures;
    const village = await fixtures.initiative({ title: "Reboisement à Tamazirtoun" });

    for (const q of ["Tamazirtun", "Tamazirtoune", "Tamazertoun", "Tamazirtoum"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([village.slug]);
    }
  });

  test("finds an Arabic word typed with a letter more", async ({ fixtures }) => {
    const { word } = fixtures;
    const village = await fixtures.initiative({ title: "تشجير في تمزيرتون" });

    expect(await slugsFound({ q: `تمازيرتون ${word}` })).toEqual([village.slug]);
  });

  test("does not take a different word for a misspelling of a longer one", async ({ fixtures }) => {
    const { word } = fixtures;
    await fixtures.initiative({ title: "Eau potable" });

    expect(await slugsFound({ q: `table ${word}` })).toEqual([]);
    expect(await slugsFound({ q: `potabilisation ${word}` })).toEqual([]);
  });

  test("widens only words that begin no published word", async ({ fixtures }) => {
    const { word } = fixtures;
    const tamazirtoun = await fixtures.initiative({ title: "Tamazirtoun" });
    const tamazirtun = await fixtures.initiative({ title: "Tamazirtun" });

    expect(await slugsFound({ q: `tamazirtun ${word}` })).toEqual([tamazirtun.slug]);
    expect(await slugsFound({ q: `tamazirtoun ${word}` })).toEqual([tamazirtoun.slug]);
  });
});
