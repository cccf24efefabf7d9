import { describe, expect, it } from "vitest";
import { MAX_QUERY_WORDS, queryWords } from "@/lib/search/query-words";
import { tsqueryText } from "@/lib/search/tsquery";

describe("queryWords", () => {
  it.each([
    { why: "normalises like stored text", q: "École ÉNERGIE", words: ["ecole", "energie"] },
    { why: "strips the Arabic article", q: "الطاقة والماء", words: ["طاقه", "ماء"] },
    { why: "keeps each word once", q: "eau Eau EAU", words: ["eau"] },
    { why: "drops elided articles", q: "l'eau d'irrigation", words: ["eau", "irrigation"] },
    { why: "keeps a letter when it is all", q: "a", words: ["a"] },
    { why: "drops French linking words", q: "planter des arbres", words: ["planter", "arbres"] },
    { why: "drops English linking words", q: "trees in the oasis", words: ["trees", "oasis"] },
    { why: "keeps linking words when they are all", q: "De la", words: ["de", "la"] },
    { why: "keeps numbers", q: "COP 22", words: ["cop", "22"] },
    { why: "reads punctuation as spaces", q: "eau|potable&!x:*", words: ["eau", "potable"] },
  ])("$why", ({ q, words }) => {
    expect(queryWords(q)).toEqual(words);
  });

  it(`keeps the first ${MAX_QUERY_WORDS} words`, () => {
    const words = queryWords(Array.from({ length: 30 }, (_, i) => `mot${i}`).join(" "));

    expect(words).toHaveLength(MAX_QUERY_WORDS);
    expect(words[0]).toBe("mot0");
  });
});

describe("tsqueryText", () => {
  it("requires every word, each as a prefix or as any of its near matches", () => {
    const text = tsqueryText([{ prefix: "ecol" }, { anyOf: ["marrakech", "مراكش"] }]);

    expect(text).toBe("'ecol':* & ('marrakech' | 'مراكش')");
  });

  it.each(["a'b", "a b", "x:*", "(y)", "a\\b", ""])(
    "refuses %j, which is no plain word",
    (word) => {
      expect(() => tsqueryText([{ prefix: word }])).toThrow();
    },
  );
});
