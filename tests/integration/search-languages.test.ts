import { describe, expect } from "vitest";
import { test } from "./support/fixtures";
import { slugsFound } from "./support/search";

describe("search in French, Arabic and Latin-script Darija", () => {
  test("finds French words whatever accents and case are typed", async ({ fixtures }) => {
    const { word } = fixtures;
    const school = await fixtures.initiative({
      title: "École verte",
      translations: [{ locale: "fr", title: "", summary: "Tri des déchets à l’école." }],
    });

    for (const q of ["ecole", "ÉCOLE", "Ecole", "dechets", "DÉCHETS", "déchêts"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([school.slug]);
    }
  });

  test("finds Arabic words typed with or without diacritics and letter variants", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const energy = await fixtures.initiative({
      title: "مُبادَرة الطاقة الشمسية في القرى",
      translations: [{ locale: "ar", title: "مستوى المـــاء في الآبار", summary: "مؤتمر الرئيس" }],
    });

    for (const q of [
      "مبادره",
      "الطاقة",
      "الطاقه",
      "طاقة",
      "القري",
      "مستوي",
      "الماء",
      "ماء",
      "الابار",
      "الآبار",
      "موتمر",
      "مؤتمر",
      "رييس",
      "رئيس",
      "الشَّمْسِيَّة",
    ]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([energy.slug]);
    }
  });

  test("finds every language of an initiative from any of them", async ({ fixtures }) => {
    const { word } = fixtures;
    const oasis = await fixtures.initiative({
      title: "Sauvegarde de l’oasis",
      translations: [
        { locale: "ar", title: "إنقاذ الواحة" },
        { locale: "en", title: "Saving the oasis" },
      ],
    });

    for (const q of ["sauvegarde", "الواحة", "انقاذ", "saving"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([oasis.slug]);
    }
  });

  test("finds a French or English noun from its verb, and a singular from its plural", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const recycling = await fixtures.initiative({
      title: "Recyclage des bouteilles",
      translations: [{ locale: "en", title: "Bottle recycling", summary: "A clean-up day." }],
    });
    const trees = await fixtures.initiative({
      title: "Plantation d’un arbre au lycée",
      translations: [{ locale: "en", title: "A tree planted at the high school" }],
    });

    for (const q of ["recycler", "recyclez", "recyclées", "recycling", "bouteille"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([recycling.slug]);
    }
    for (const q of ["planter des arbres", "planting trees", "arbres plantés"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([trees.slug]);
    }
  });

  test("does not cut a short word into one that finds unrelated words", async ({ fixtures }) => {
    const { word } = fixtures;
    await fixtures.initiative({ title: "Écologie en ville" });

    for (const q of ["ecole", "village", "écoles"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([]);
    }
  });

  test("finds a word by its beginning, never by its middle", async ({ fixtures }) => {
    const { word } = fixtures;
    const school = await fixtures.initiative({ title: "École du réseau" });
    const water = await fixtures.initiative({ title: "Eau potable" });

    expect(await slugsFound({ q: `ecol ${word}` })).toEqual([school.slug]);
    expect(await slugsFound({ q: `eau ${word}` })).toEqual([water.slug]);
    expect(await slugsFound({ q: `res ${word}` })).toEqual([school.slug]);
    expect(await slugsFound({ q: `seau ${word}` })).toEqual([]);
  });

  test("finds a city by any of its spellings in the three scripts", async ({ fixtures }) => {
    const { word } = fixtures;
    const city = await fixtures.initiative({
      title: "Jardin partagé",
      city: "Marrakech",
      regionCodes: ["MA-07"],
      indexed: "everything",
    });
    const arabic = await fixtures.initiative({ title: "تنظيف شاطئ طنجة" });
    const latin = await fixtures.initiative({ title: "Nettoyage de la plage de Tanger" });

    for (const q of ["Marrakech", "Marrakesh", "Marakech", "Marrakch", "مراكش"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([city.slug]);
    }
    for (const q of ["Tanger", "Tangier", "طنجة", "طنجه"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([arabic.slug, latin.slug].sort());
    }
  });

  test("finds a place named in several words by its other names", async ({ fixtures }) => {
    const { word } = fixtures;
    const casablanca = await fixtures.initiative({ title: "Recyclage à Dar el Beida" });

    for (const q of ["Casablanca", "الدار البيضاء", "البيضاء", "Dar el Beida"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([casablanca.slug]);
    }
  });

  test("finds an initiative by its region in any language, with region names", async ({
    fixtures,
  }) => {
    const { word } = fixtures;
    const souss = await fixtures.initiative({
      title: "Arganeraie",
      regionCodes: ["MA-09"],
      indexed: "everything",
    });

    for (const q of ["Souss-Massa", "Sous Massa", "سوس ماسة", "souss"]) {
      expect(await slugsFound({ q: `${q} ${word}` }), q).toEqual([souss.slug]);
    }
  });
});
