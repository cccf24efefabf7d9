import { describe, expect, it } from "vitest";
import { firstSentence } from "@/lib/text/summary";

describe("firstSentence", () => {
  it("returns the first sentence of a longer text", () => {
    const text = "Une association plante des arganiers autour d'Essaouira. Elle forme aussi.";

    expect(firstSentence(text)).toBe("Une association plante des arganiers autour d'Essaouira.");
  });

  it("keeps a very short opening sentence together with the next one", () => {
    const text = "Eau propre. Des puits solaires alimentent douze douars du Haut Atlas! Suite.";

    expect(firstSentence(text)).toBe(
      "Eau propre. Des puits solaires alimentent douze douars du Haut Atlas!",
    );
  });

  it("ends an Arabic sentence at the Arabic question mark", () => {
    const text = "كيف نحمي الواحات من التصحر في الجنوب الشرقي للمغرب اليوم؟ هذا هو سؤالنا.";

    expect(firstSentence(text)).toBe("كيف نحمي الواحات من التصحر في الجنوب الشرقي للمغرب اليوم؟");
  });

  it("does not end a sentence at a dot inside a word", () => {
    const text = "Le collectif publie chaque semaine sur son site www.example.ma les projets.";

    expect(firstSentence(text)).toBe(text);
  });

  it("returns the whole trimmed text when it has no sentence end", () => {
    expect(firstSentence("  Recyclage à Agadir  ")).toBe("Recyclage à Agadir");
  });

  it("cuts a long sentence at a word boundary and marks the cut", () => {
    const text = `${"reboisement des collines ".repeat(20)}fin.`;
    const summary = firstSentence(text);

    expect(summary.length).toBeLessThanOrEqual(221);
    expect(summary.endsWith("…")).toBe(true);
    expect(text.startsWith(`${summary.slice(0, -1)} `)).toBe(true);
  });
});
