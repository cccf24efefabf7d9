import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";

// More words narrow nothing in practice and each costs a lookup.
export const MAX_QUERY_WORDS = 12;

// One letter alone is an elided article or a particle ("l'eau", "d'énergie",
// "و"): required, it would hide results that lack it.
const isLetterAlone = (word: string) => /^\p{L}$/u.test(word);

/**
 * The query's words as the index holds them: normalised like stored text,
 * Arabic article removed (stored text carries each word's stem), each once,
 * one-letter words left out unless there is nothing else.
 */
export function queryWords(q: string): string[] {
  const words = normalizeForSearch(q).split(" ").filter(Boolean).map(stripArabicArticle);
  const meaningful = words.filter((word) => !isLetterAlone(word));

  return [...new Set(meaningful.length > 0 ? meaningful : words)].slice(0, MAX_QUERY_WORDS);
}
