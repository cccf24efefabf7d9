import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/search/highlight";

const marked = (text: string, prefixes: string[], words: string[] = []) =>
  highlightSegments(text, { prefixes, words })
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe("highlightSegments", () => {
  it.each([
    {
      why: "a word typed without accents",
      text: "L’École verte",
      prefixes: ["ecole"],
      marks: ["École"],
    },
    {
      why: "a word by its beginning",
      text: "Écoles et élèves",
      prefixes: ["ecol"],
      marks: ["Écoles"],
    },
    { why: "no word by its middle", text: "Le réseau d’eau", prefixes: ["eau"], marks: ["eau"] },
    {
      why: "Arabic with its vowel marks",
      text: "الطَّاقَة الشمسية",
      prefixes: ["طاقه"],
      marks: ["الطَّاقَة"],
    },
    {
      why: "Arabic with tatweel and hamza",
      text: "مـــاء الآبار",
      prefixes: ["ماء", "ابار"],
      marks: ["مـــاء", "الآبار"],
    },
    {
      why: "a word after a particle and article",
      text: "للطاقة بالماء",
      prefixes: ["طاقه", "ماء"],
      marks: ["للطاقة", "بالماء"],
    },
    {
      why: "every occurrence",
      text: "Eau, eau et EAU",
      prefixes: ["eau"],
      marks: ["Eau", "eau", "EAU"],
    },
  ])("marks $why", ({ text, prefixes, marks }) => {
    expect(marked(text, prefixes)).toEqual(marks);
  });

  it("marks whole words given as near matches and place spellings, not their prefixes", () => {
    expect(marked("Marrakech et Marrakechois", [], ["marrakech"])).toEqual(["Marrakech"]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "<b>Énergie</b> & «الطاقة» ١٢٣";

    const segments = highlightSegments(text, { prefixes: ["energie", "طاقه"], words: [] });

    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.match).map((s) => s.text)).toEqual([
      "Énergie",
      "الطاقة",
    ]);
  });

  it("gives the whole text unmarked when nothing matches", () => {
    expect(highlightSegments("Jardin partagé", { prefixes: ["eau"], words: [] })).toEqual([
      { text: "Jardin partagé", match: false },
    ]);
  });
});
