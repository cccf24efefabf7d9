import { describe, expect, it } from "vitest";
import placeFile from "@/lib/search/place-names.json";
import { placeSpellingsIn, placeWordsFor } from "@/lib/search/places";
import { normalizeForSearch } from "@/lib/text/normalize";

const words = (text: string) => normalizeForSearch(text).split(" ");

describe("placeSpellingsIn", () => {
  it("gives every spelling of a city named in any script", () => {
    for (const text of ["Fès", "Fez", "فاس"]) {
      expect(placeSpellingsIn(words(`Atelier à ${text}`)), text).toEqual(
        expect.arrayContaining(["fes", "fez", "فاس"]),
      );
    }
  });

  it("recognises a name of several words only when all are there, in order", () => {
    expect(placeSpellingsIn(words("Dar el Beida"))).toContain("casablanca");
    expect(placeSpellingsIn(words("Beida el Dar"))).not.toContain("casablanca");
    expect(placeSpellingsIn(words("dar"))).toEqual([]);
  });

  it("does not look for spellings that are also ordinary words", () => {
    expect(placeSpellingsIn(words("الطاقة الجديدة"))).toEqual([]);
    expect(placeSpellingsIn(words("une eau sale"))).toEqual([]);
    expect(placeSpellingsIn(words("El Jadida"))).toContain("الجديده");
  });

  it("gives the spellings of a region named in any script", () => {
    expect(placeSpellingsIn(words("Souss-Massa"))).toEqual(
      expect.arrayContaining(["sous massa", "سوس ماسه"]),
    );
  });
});

describe("placeWordsFor", () => {
  it("gives the one-word spellings of the place a query word names, articles stripped", () => {
    expect(placeWordsFor("مراكش")).toEqual(expect.arrayContaining(["marrakech", "marakech"]));
    expect(placeWordsFor("رباط")).toContain("rabat");
    expect(placeWordsFor("jardin")).toEqual([]);
  });
});

describe("the table of place names", () => {
  const places = placeFile.places.map((place) => ({
    region: "region" in place ? place.region : null,
    spellings: [...place.names, ...("ambiguous" in place ? (place.ambiguous ?? []) : [])],
  }));

  it("names all 12 regions", () => {
    const regions = places.flatMap((place) => (place.region ? [place.region] : []));

    expect(new Set(regions).size).toBe(12);
  });

  it("gives each place in Arabic and in Latin script", () => {
    for (const { spellings } of places) {
      expect(
        spellings.some((s) => /\p{Script=Arabic}/u.test(s)),
        spellings[0],
      ).toBe(true);
      expect(
        spellings.some((s) => /\p{Script=Latin}/u.test(s)),
        spellings[0],
      ).toBe(true);
    }
  });

  it("gives no spelling to two places", () => {
    const all = places.flatMap(({ spellings }) => [...new Set(spellings.map(normalizeForSearch))]);

    expect(all.filter((spelling, i) => all.indexOf(spelling) !== i)).toEqual([]);
  });
});
