import { placeWordsFor } from "./places";
import type { WordMatch } from "./tsquery";

/** What a result's text is highlighted for: words that begin with a prefix, or whole words. */
export type HighlightTerms = { prefixes: string[]; words: string[] };

/** The query's prefixes, its near matches, and the other spellings of places it names. */
export function highlightTermsOf(matches: readonly WordMatch[]): HighlightTerms {
  const prefixes = matches.flatMap((match) => ("prefix" in match ? [match.prefix] : []));
  const near = matches.flatMap((match) => ("anyOf" in match ? match.anyOf : []));
  const places = [...prefixes, ...near].flatMap(placeWordsFor);

  return { prefixes, words: [...new Set([...near, ...places])] };
}
