import "server-only";
import { db } from "@/lib/db/client";
import { countMatches } from "@/lib/search/facets";
import type { HighlightTerms } from "@/lib/search/highlight-terms";
import { newestIds, rankedIds } from "@/lib/search/ranked-ids";
import { planSearch } from "@/lib/search/search-plan";
import type { DirectoryQuery } from "./directory-params";
import { PUBLISHED } from "./published";
import { initiativeCardSelect, type InitiativeCard } from "./selects";

export const DIRECTORY_PAGE_SIZE = 12;

export type DirectoryPage = {
  items: InitiativeCard[];
  total: number;
  page: number;
  pageCount: number;
  /** Matches per region code and per theme slug, each with the other filter applied. */
  facets: { regions: Map<string, number>; themes: Map<string, number> };
  /** What to highlight in the results; null without a query. */
  highlight: HighlightTerms | null;
};

async function cardsInOrder(ids: string[]): Promise<InitiativeCard[]> {
  if (ids.length === 0) return [];

  const cards = await db.initiative.findMany({
    where: { ...PUBLISHED, id: { in: ids } },
    select: initiativeCardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card]));

  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Ranked by where the words are found with a search; newest first without. */
async function pageItems(params: DirectoryQuery, match: string | null) {
  const range = { offset: (params.page - 1) * DIRECTORY_PAGE_SIZE, limit: DIRECTORY_PAGE_SIZE };
  const ids = match ? await rankedIds(match, params, range) : await newestIds(params, range);

  return cardsInOrder(ids);
}

/** One page of the public directory for the given filters and words, with its facet counts. */
export async function findPublishedInitiatives(params: DirectoryQuery): Promise<DirectoryPage> {
  const plan = await planSearch(params.q);
  const match = plan?.match ?? null;

  const [items, { total, ...facets }] = await Promise.all([
    pageItems(params, match),
    countMatches(match, params),
  ]);

  return {
    items,
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    facets,
    highlight: plan?.highlight ?? null,
  };
}
