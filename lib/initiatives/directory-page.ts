import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countMatches } from "@/lib/search/facets";
import type { Filters } from "@/lib/search/filters";
import type { HighlightTerms } from "@/lib/search/highlight-terms";
import { rankedIds } from "@/lib/search/ranked-ids";
import { planSearch } from "@/lib/search/search-plan";
import type { DirectoryQuery } from "./directory-params";
import { PUBLIC_ORDER, PUBLISHED } from "./published";
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

function listingWhere({ region, theme }: Filters): Prisma.InitiativeWhereInput {
  return {
    ...PUBLISHED,
    ...(region ? { regions: { some: { regionCode: region } } } : {}),
    ...(theme ? { themes: { some: { themeSlug: theme } } } : {}),
  };
}

async function cardsInOrder(ids: string[]): Promise<InitiativeCard[]> {
  if (ids.length === 0) return [];

  const cards = await db.initiative.findMany({
    where: { ...PUBLISHED, id: { in: ids } },
    select: initiativeCardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card]));

  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Newest first without a search; ranked by where the words are found with one. */
async function pageItems(params: DirectoryQuery, match: string | null) {
  const range = { offset: (params.page - 1) * DIRECTORY_PAGE_SIZE, limit: DIRECTORY_PAGE_SIZE };
  if (match) return cardsInOrder(await rankedIds(match, params, range));

  return db.initiative.findMany({
    where: listingWhere(params),
    select: initiativeCardSelect,
    orderBy: [...PUBLIC_ORDER],
    skip: range.offset,
    take: range.limit,
  });
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
