// The definite article and the one-letter particles written on it ("and the",
// "with the", "for the", ...). People search "نفايات" for a text that says
// "النفايات", so stored text carries each word's stem beside the word itself,
// and query words are reduced to their stem. Input is already normalised
// (see normalize.ts: hamza forms read as bare alef).
const PREFIXES = ["وال", "فال", "بال", "كال", "لل", "ال"] as const;

// A shorter remainder is more likely part of the word than a stem ("الم").
const MIN_STEM_LENGTH = 3;

/** The word without its article prefix, or the word itself. */
export function stripArabicArticle(word: string): string {
  const prefix = PREFIXES.find((candidate) => word.startsWith(candidate));
  if (!prefix || word.length - prefix.length < MIN_STEM_LENGTH) return word;

  return word.slice(prefix.length);
}

/** Normalised words, each followed by its stem where the article was stripped. */
export function withArticleStems(words: string): string {
  return words
    .split(" ")
    .flatMap((word) => {
      const stem = stripArabicArticle(word);

      return stem === word ? [word] : [word, stem];
    })
    .join(" ");
}
