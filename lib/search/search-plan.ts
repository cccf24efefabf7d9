import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { highlightTermsOf, type HighlightTerms } from "./highlight-terms";
import { queryWords } from "./query-words";
import { tsqueryText } from "./tsquery";
import { widenWords } from "./widen-words";

/** A visitor's query, ready for the database and for highlighting. */
export type SearchPlan = {
  /** Every word anywhere; then every word in titles; in titles or summaries. */
  match: string;
  inTitles: string;
  inHeads: string;
  highlight: HighlightTerms;
};

/** The plan for a query, or null when it holds no searchable word. */
export async function planSearch(q: string | undefined): Promise<SearchPlan | null> {
  const words = q ? queryWords(q) : [];
  if (words.length === 0) return null;

  const matches = await widenWords(words);

  return {
    match: tsqueryText(matches),
    inTitles: tsqueryText(matches, "A"),
    inHeads: tsqueryText(matches, "AB"),
    highlight: highlightTermsOf(matches),
  };
}

/** The three tsqueries as one row `q` (match, titles, heads), folded like stored text. */
export function planQueries(plan: SearchPlan): Prisma.Sql {
  return Prisma.sql`(SELECT
    to_tsquery('simple', public.search_fold(${plan.match})) AS match,
    to_tsquery('simple', public.search_fold(${plan.inTitles})) AS titles,
    to_tsquery('simple', public.search_fold(${plan.inHeads})) AS heads) AS q`;
}
