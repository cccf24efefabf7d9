import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";

// More words narrow nothing in practice and each costs a lookup.
export const MAX_QUERY_WORDS = 12;

/**
 * The query's words as the index holds them: normalised like stored text,
 * Arabic article removed (stored text carries each word's stem), each once.
 */
export function queryWords(q: string): string[] {
  const words = normalizeForSearch(q).split(" ").filter(Boolean).map(stripArabicArticle);

  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
