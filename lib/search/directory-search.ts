import "server-only";
import type { DirectoryQuery } from "@/lib/initiatives/directory-params";
import { directoryPage, type DirectoryPage } from "@/lib/initiatives/directory-page";
import { countFacets, type Facets } from "./facets";
import type { HighlightTerms } from "./highlight-terms";
import { planSearch } from "./search-plan";

export type DirectorySearch = DirectoryPage & {
  facets: Facets;
  /** What to highlight in the results; null without a query. */
  highlight: HighlightTerms | null;
};

/** The directory for a query: a page of results, facet counts and highlight terms. */
export async function searchDirectory(query: DirectoryQuery): Promise<DirectorySearch> {
  const plan = await planSearch(query.q);

  const [page, facets] = await Promise.all([directoryPage(query, plan), countFacets(plan, query)]);

  return { ...page, facets, highlight: plan?.highlight ?? null };
}
