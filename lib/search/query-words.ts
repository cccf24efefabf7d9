import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";

// More words narrow nothing in practice and each costs a lookup.
export const MAX_QUERY_WORDS = 12;

// One letter alone is an elided article or a particle ("l'eau", "d'énergie",
// "و"), and these short French and English words tie the others together
// ("planter des arbres", "trees in the oasis"): required, each would hide
// results that lack it, and as a prefix "de" or "the" finds nearly every text.
const LINKING_WORDS = new Set(
  ["le", "la", "les", "un", "une", "des", "de", "du", "au", "aux", "et", "ou", "en"]
    .concat(["dans", "sur", "pour", "par", "avec"])
    .concat(["the", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with"]),
);

const isLinkingWord = (word: string) => /^\p{L}$/u.test(word) || LINKING_WORDS.has(word);

/**
 * The query's words as the index holds them: normalised like stored text,
 * Arabic article removed (stored text carries each word's stem), each once,
 * one-letter and linking words left out unless there is nothing else.
 */
export function queryWords(q: string): string[] {
  const words = normalizeForSearch(q).split(" ").filter(Boolean).map(stripArabicArticle);
  const meaningful = words.filter((word) => !isLinkingWord(word));

  return [...new Set(meaningful.length > 0 ? meaningful : words)].slice(0, MAX_QUERY_WORDS);
}
