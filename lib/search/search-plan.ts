import "server-only";
import { highlightTermsOf, type HighlightTerms } from "./highlight-terms";
import { queryWords } from "./query-words";
import { tsqueryText } from "./tsquery";
import { widenWords } from "./widen-words";

/** A visitor's query, ready for the database and for highlighting. */
export type SearchPlan = {
  /** The text of a tsquery that requires every word. */
  match: string;
  highlight: HighlightTerms;
};

/** The plan for a query, or null when it holds no searchable word. */
export async function planSearch(q: string | undefined): Promise<SearchPlan | null> {
  const words = q ? queryWords(q) : [];
  if (words.length === 0) return null;

  const matches = await widenWords(words);

  return { match: tsqueryText(matches), highlight: highlightTermsOf(matches) };
}
