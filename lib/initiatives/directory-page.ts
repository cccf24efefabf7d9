import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/search/filters";
import { countMatches, rankedPage } from "@/lib/search/ranked-page";
import { planSearch, type SearchPlan } from "@/lib/search/search-plan";
import type { DirectoryQuery } from "./directory-params";
import { PUBLIC_ORDER, PUBLISHED } from "./published";
import { initiativeCardSelect, type InitiativeCard } from "./selects";

export const DIRECTORY_PAGE_SIZE = 12;

function listingWhere({ region, theme }: Filters): Prisma.InitiativeWhereInput {
  return {
    ...PUBLISHED,
    ...(region ? { regions: { some: { regionCode: region } } } : {}),
    ...(theme ? { themes: { some: { themeSlug: theme } } } : {}),
  };
}

export type DirectoryPage = {
  items: InitiativeCard[];
  total: number;
  page: number;
  pageCount: number;
};

const offsetOf = (page: number) => (page - 1) * DIRECTORY_PAGE_SIZE;

async function listedPage(params: DirectoryQuery) {
  const where = listingWhere(params);

  const [total, items] = await Promise.all([
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      select: initiativeCardSelect,
      orderBy: [...PUBLIC_ORDER],
      skip: offsetOf(params.page),
      take: DIRECTORY_PAGE_SIZE,
    }),
  ]);

  return { items, total };
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

async function searchedPage(params: DirectoryQuery, plan: SearchPlan) {
  const range = { offset: offsetOf(params.page), limit: DIRECTORY_PAGE_SIZE };
  const { ids, total } = await rankedPage(plan, params, range);

  const [items, counted] = await Promise.all([
    cardsInOrder(ids),
    total ?? countMatches(plan, params),
  ]);

  return { items, total: counted };
}

/** One page of the directory for the filters and the planned search, if any. */
export async function directoryPage(
  params: DirectoryQuery,
  plan: SearchPlan | null,
): Promise<DirectoryPage> {
  const { items, total } = plan ? await searchedPage(params, plan) : await listedPage(params);

  return {
    items,
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}

/** One page of the public directory for the given filters and words. */
export async function findPublishedInitiatives(params: DirectoryQuery): Promise<DirectoryPage> {
  return directoryPage(params, await planSearch(params.q));
}
