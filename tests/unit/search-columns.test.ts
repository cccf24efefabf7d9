import { describe, expect, it } from "vitest";
import { referenceNamesOf, searchColumnsOf } from "@/lib/search/search-columns";

const marrakechSafi = {
  nameFr: "Marrakech-Safi",
  nameAr: "مراكش-آسفي",
  nameEn: "Marrakesh-Safi",
  aliases: ["مراكش آسفي"],
};

const water = {
  slug: "water",
  labelFr: "Eau",
  labelAr: "الماء",
  labelEn: "Water",
  aliases: ["المياه"],
};

const nothing = { organisationNames: [], regions: [], themes: [] };

describe("searchColumnsOf", () => {
  it("puts titles, summaries and the rest in their own columns, every language", () => {
    const columns = searchColumnsOf({
      ...nothing,
      translations: [
        { title: "Jardin partagé", summary: "Un potager.", description: "Chaque samedi." },
        { title: "حديقة مشتركة", summary: null, description: "كل سبت" },
      ],
    });

    expect(columns).toEqual({
      searchTitle: "jardin partage حديقه مشتركه",
      searchSummary: "un potager",
      searchBody: "chaque samedi كل سبت",
      regionCodes: [],
      themeSlugs: [],
    });
  });

  it("adds region and theme names in the three languages, normalised like the rest", () => {
    const { searchBody } = searchColumnsOf({
      ...nothing,
      translations: [{ title: "Jardin" }],
      regions: [
        {
          code: "MA-09",
          nameFr: "Souss-Massa",
          nameAr: "سوس-ماسة",
          nameEn: "Souss-Massa",
          aliases: [],
        },
      ],
      themes: [water],
    });

    expect(searchBody.split(" ")).toEqual(
      expect.arrayContaining(["souss", "massa", "سوس", "ماسه", "eau", "الماء", "ماء", "water"]),
    );
  });

  it("lists the region codes and theme slugs once each, in order", () => {
    const columns = searchColumnsOf({
      ...nothing,
      translations: [{ title: "Jardin" }],
      regions: [
        { ...marrakechSafi, code: "MA-07" },
        { ...marrakechSafi, code: "MA-01" },
      ],
      themes: [water, { ...water, slug: "energy" }, water],
    });

    expect(columns).toMatchObject({
      regionCodes: ["MA-01", "MA-07"],
      themeSlugs: ["energy", "water"],
    });
  });

  it("gives the same columns whatever order the rows come in", () => {
    const energy = { ...water, slug: "energy", labelFr: "Énergie" };
    const source = {
      organisationNames: ["Café Vert", "مقهى أخضر"],
      translations: [{ title: "Jardin" }, { title: "حديقة" }],
      regions: [
        { ...marrakechSafi, code: "MA-07" },
        { ...marrakechSafi, code: "MA-01", nameFr: "Tanger" },
      ],
      themes: [water, energy],
    };
    const reversed = {
      organisationNames: [...source.organisationNames].reverse(),
      translations: [...source.translations].reverse(),
      regions: [...source.regions].reverse(),
      themes: [...source.themes].reverse(),
    };

    expect(searchColumnsOf(reversed)).toEqual(searchColumnsOf(source));
  });

  it("puts descriptions, organisation names and city in the last column", () => {
    const { searchBody } = searchColumnsOf({
      ...nothing,
      translations: [{ title: "Été", description: "Récolte d'été" }],
      organisationNames: ["Café Vert", "مقهى أخضر"],
      city: "Ouarzazate",
    });

    expect(searchBody).toBe(
      "recolte d ete cafe vert مقهي اخضر ouarzazate ouarzazate ouarzazat warzazat ورزازات",
    );
  });

  it("adds every spelling of a place to the column that names it, in any script", () => {
    const columns = searchColumnsOf({
      ...nothing,
      translations: [{ title: "Tri des déchets à Marrakech", summary: "بمدينة طنجة" }],
    });

    expect(columns.searchTitle.split(" ")).toEqual(
      expect.arrayContaining(["marrakesh", "marakech", "مراكش"]),
    );
    expect(columns.searchSummary.split(" ")).toEqual(
      expect.arrayContaining(["tanger", "tangier", "طنجه"]),
    );
    expect(columns.searchTitle).not.toContain("tanger");
  });

  it("recognises a place named in several words", () => {
    const { searchTitle } = searchColumnsOf({
      ...nothing,
      translations: [{ title: "Recyclage à Dar el Beida" }],
    });

    expect(searchTitle.split(" ")).toEqual(
      expect.arrayContaining(["casablanca", "الدار", "دار", "البيضاء", "بيضاء"]),
    );
  });

  it("does not take a word that is also a place's name for the place", () => {
    const { searchTitle } = searchColumnsOf({
      ...nothing,
      translations: [{ title: "الطاقة الجديدة في القرى" }],
    });

    expect(searchTitle).toBe("الطاقه طاقه الجديده جديده في القري قري");
  });
});

describe("referenceNamesOf", () => {
  it("lists a region's names in French, Arabic and English, then its aliases", () => {
    expect(referenceNamesOf([marrakechSafi], [])).toEqual([
      "Marrakech-Safi",
      "مراكش-آسفي",
      "Marrakesh-Safi",
      "مراكش آسفي",
    ]);
  });

  it("lists a theme's labels in French, Arabic and English, then its aliases", () => {
    expect(referenceNamesOf([], [water])).toEqual(["Eau", "الماء", "Water", "المياه"]);
  });

  it("lists the names of every region and every theme it is given", () => {
    const other = { labelFr: "Autre", labelAr: "أخرى", labelEn: "Other", aliases: [] };

    const names = referenceNamesOf([marrakechSafi], [water, other]);

    expect(names).toHaveLength(11);
    expect(names).toEqual(expect.arrayContaining(["Marrakesh-Safi", "المياه", "أخرى", "Other"]));
  });

  it("gives no names for an initiative without region or theme", () => {
    expect(referenceNamesOf([], [])).toEqual([]);
  });
});
