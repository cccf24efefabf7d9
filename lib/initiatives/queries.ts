import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";
import type { DirectoryQuery } from "./directory-params";
import {
  initiativeCardSelect,
  initiativeDetailSelect,
  type InitiativeCard,
  type InitiativeDetail,
} from "./selects";

export const DIRECTORY_PAGE_SIZE = 12;

// Every public query starts from this filter: only a moderator's approval
// makes an initiative public.
const PUBLISHED = { status: "PUBLISHED" } as const satisfies Prisma.InitiativeWhereInput;

// Newest first; the id breaks ties so pages never repeat or skip an entry.
const PUBLIC_ORDER = [
  { publishedAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.InitiativeOrderByWithRelationInput[];

// Each word must begin a word of the text ("eau" finds "eau potable", not
// "réseau"); searchText is normalised to words separated by single spaces.
function startsAWord(word: string): Prisma.InitiativeWhereInput {
  return {
    OR: [{ searchText: { startsWith: word } }, { searchText: { contains: ` ${word}` } }],
  };
}

function directoryWhere({ region, theme, q }: DirectoryQuery): Prisma.InitiativeWhereInput {
  const words = q
    ? normalizeForSearch(q).split(" ").filter(Boolean).slice(0, 12).map(stripArabicArticle)
    : [];

  return {
    ...PUBLISHED,
    ...(region ? { regions: { some: { regionCode: region } } } : {}),
    ...(theme ? { themes: { some: { themeSlug: theme } } } : {}),
    ...(words.length ? { AND: words.map(startsAWord) } : {}),
  };
}

export type DirectoryPage = {
  items: InitiativeCard[];
  total: number;
  page: number;
  pageCount: number;
};

/** One page of the public directory for the given filters and words. */
export async function findPublishedInitiatives(params: DirectoryQuery): Promise<DirectoryPage> {
  const where = directoryWhere(params);

  const [total, items] = await Promise.all([
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      select: initiativeCardSelect,
      orderBy: [...PUBLIC_ORDER],
      skip: (params.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
    }),
  ]);

  return {
    items,
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}

/** A published initiative by slug, or null (unknown and unpublished alike). */
export const getPublishedInitiative = cache(
  async (slug: string): Promise<InitiativeDetail | null> =>
    db.initiative.findFirst({ where: { ...PUBLISHED, slug }, select: initiativeDetailSelect }),
);

export async function listLatestInitiatives(limit: number): Promise<InitiativeCard[]> {
  return db.initiative.findMany({
    where: PUBLISHED,
    select: initiativeCardSelect,
    orderBy: [...PUBLIC_ORDER],
    take: limit,
  });
}

/** Published initiatives of one organisation, newest first. */
export async function listOrganisationInitiatives(organisationId: string) {
  return db.initiative.findMany({
    where: { ...PUBLISHED, organisationId },
    select: initiativeCardSelect,
    orderBy: [...PUBLIC_ORDER],
  });
}

/** Whether a public page exists for this slug; used before rendering. */
export async function publishedInitiativeExists(slug: string): Promise<boolean> {
  const found = await db.initiative.findFirst({
    where: { ...PUBLISHED, slug },
    select: { id: true },
  });

  return found !== null;
}
