import { describe, expect, it } from "vitest";
import { buildSearchText, referenceNamesOf } from "@/lib/initiatives/search-text";

const marrakechSafi = {
  nameFr: "Marrakech-Safi",
  nameAr: "مراكش-آسفي",
  nameEn: "Marrakesh-Safi",
  aliases: ["مراكش آسفي"],
};

const water = { labelFr: "Eau", labelAr: "الماء", labelEn: "Water", aliases: ["المياه"] };

describe("buildSearchText", () => {
  it("adds the reference names it is given, normalised like the rest", () => {
    const text = buildSearchText({
      organisationNames: [],
      translations: [{ title: "Jardin partagé" }],
      referenceNames: ["Marrakech-Safi", "مراكش-آسفي", "Énergie"],
    });

    expect(text).toBe("jardin partage marrakech safi مراكش اسفي energie");
  });

  it("joins titles, organisation names and city when there are no reference names", () => {
    const item = {
      city: "Fès",
      organisationNames: ["Café Vert"],
      translations: [{ title: "Été" }],
    };

    expect(buildSearchText({ ...item, referenceNames: [] })).toBe("ete cafe vert fes");
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
