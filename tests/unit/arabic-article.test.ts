import { describe, expect, it } from "vitest";
import { stripArabicArticle, withArticleStems } from "@/lib/text/arabic-article";

describe("stripArabicArticle", () => {
  it.each([
    { rule: "removes the article", input: "النفايات", output: "نفايات" },
    { rule: "removes wa- before the article", input: "والماء", output: "ماء" },
    { rule: "removes bi- before the article", input: "بالطاقه", output: "طاقه" },
    { rule: "removes fa- before the article", input: "فالتشجير", output: "تشجير" },
    { rule: "removes ka- before the article", input: "كالمغرب", output: "مغرب" },
    { rule: "removes li- written on the article", input: "للنفايات", output: "نفايات" },
    { rule: "keeps a word without the article", input: "نفايات", output: "نفايات" },
    { rule: "keeps a word whose remainder would be too short", input: "الم", output: "الم" },
    { rule: "keeps Latin words", input: "algues", output: "algues" },
  ])("$rule", ({ input, output }) => {
    expect(stripArabicArticle(input)).toBe(output);
  });
});

describe("withArticleStems", () => {
  it("adds the stem after each word that has the article, and keeps the others", () => {
    expect(withArticleStems("فرز النفايات في المدرسه")).toBe(
      "فرز النفايات نفايات في المدرسه مدرسه",
    );
  });
});
