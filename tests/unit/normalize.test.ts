import { describe, expect, it } from "vitest";
import { foldForDisplay, normalizeForSearch } from "@/lib/text/normalize";

describe("normalizeForSearch", () => {
  it.each([
    { rule: "removes Latin accents and lowers case", input: "École", output: "ecole" },
    { rule: "removes accents inside a word", input: "déchets", output: "dechets" },
    { rule: "removes the cedilla", input: "FAÇADE", output: "facade" },
    { rule: "makes punctuation a space", input: " zéro-déchet, Fès!", output: "zero dechet fes" },
    { rule: "spells out the oe ligature", input: "Œuvre du cœur", output: "oeuvre du coeur" },
    { rule: "reads Arabic-Indic digits as Western", input: "٢٠١٦ و۲۰۲۴", output: "2016 و2024" },
    { rule: "removes tashkeel", input: "كَتَبَ", output: "كتب" },
    { rule: "removes tatweel", input: "مـــاء", output: "ماء" },
    { rule: "reads alef with hamza above as alef", input: "أرض", output: "ارض" },
    { rule: "reads alef with hamza below as alef", input: "إنتاج", output: "انتاج" },
    { rule: "reads alef with madda as alef", input: "آبار", output: "ابار" },
    { rule: "reads alef wasla as alef", input: "ٱلماء", output: "الماء" },
    { rule: "reads alef maqsura as yeh", input: "مستوى", output: "مستوي" },
    { rule: "reads teh marbuta as heh", input: "طاقة", output: "طاقه" },
    { rule: "reads hamza on waw as waw", input: "مؤتمر", output: "موتمر" },
    { rule: "reads hamza on yeh as yeh", input: "رئيس", output: "رييس" },
  ])("$rule", ({ input, output }) => {
    expect(normalizeForSearch(input)).toBe(output);
  });

  it("gives the same text for spelling variants of one Arabic phrase", () => {
    expect(normalizeForSearch("الطاقة المتجدِّدة")).toBe(normalizeForSearch("الطاقه المتجدده"));
  });
});

describe("foldForDisplay", () => {
  it.each([
    { rule: "removes Latin accents and lowers case", input: "École Verte", output: "ecole verte" },
    { rule: "removes Arabic vowel marks", input: "مَدْرَسَة", output: "مدرسة" },
    { rule: "removes tatweel", input: "مـــاء", output: "ماء" },
    { rule: "keeps hamza on its letter", input: "أرض", output: "أرض" },
    { rule: "keeps teh marbuta and alef maqsura", input: "مستوى الطاقة", output: "مستوى الطاقة" },
    { rule: "makes punctuation a space", input: "Eau, sol & air!", output: "eau sol air" },
  ])("$rule", ({ input, output }) => {
    expect(foldForDisplay(input)).toBe(output);
  });
});
