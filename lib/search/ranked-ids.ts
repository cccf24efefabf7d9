import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { filtersOn, type Filters } from "./filters";
import { runVectorQuery, tsqueryRow } from "./search-sql";

type Range = { offset: number; limit: number };

const NEWEST_FIRST = Prisma.sql`ORDER BY s."publishedAt" DESC, s."initiativeId" DESC`;

// Where the words are found, best first: every word in the title; in the
// title and summary; anywhere. Each tier leaves out the ones before it.
const TIERS = [
  { vector: Prisma.raw(`"titleVector"`), before: null },
  { vector: Prisma.raw(`"headVector"`), before: Prisma.raw(`"titleVector"`) },
  { vector: Prisma.raw(`"searchVector"`), before: Prisma.raw(`"headVector"`) },
] as const;

type Tier = (typeof TIERS)[number];

// A tier is only read once the tiers before it ran out within the page, so
// the set left out is never more than the page's offset and size.
function tierRows(tier: Tier, match: string, filters: Filters): Prisma.Sql {
  const notBefore = tier.before
    ? Prisma.sql`AND s."initiativeId" NOT IN (
        SELECT b."initiativeId" FROM "InitiativeSearch" b WHERE b.${tier.before} @@ q.match
      )`
    : Prisma.empty;

  return Prisma.sql`FROM "InitiativeSearch" s, ${tsqueryRow(match)}
    WHERE s.${tier.vector} @@ q.match AND ${filtersOn(filters)} ${notBefore}`;
}

async function tierPage(tier: Tier, match: string, filters: Filters, skip: number, take: number) {
  const rows = await runVectorQuery<{ id: string }[]>(Prisma.sql`
    SELECT s."initiativeId" AS id ${tierRows(tier, match, filters)}
    ${NEWEST_FIRST} LIMIT ${take} OFFSET ${skip}`);

  return rows.map((row) => row.id);
}

async function tierSize(tier: Tier, match: string, filters: Filters): Promise<number> {
  const [row] = await runVectorQuery<{ size: number }[]>(Prisma.sql`
    SELECT count(*)::int AS size ${tierRows(tier, match, filters)}`);

  return row?.size ?? 0;
}

/**
 * Ids of one page of published initiatives matching the tsquery `match`:
 * by tier, then newest first, the id breaking ties so pages never repeat or
 * skip an entry. Page one of a common word costs one query on titles.
 */
export async function rankedIds(match: string, filters: Filters, range: Range) {
  const ids: string[] = [];
  let skip = range.offset;

  for (const tier of TIERS) {
    const page = await tierPage(tier, match, filters, skip, range.limit - ids.length);
    ids.push(...page);
    if (ids.length === range.limit) break;

    // This tier ran out. If it showed rows, the next starts at its top; if
    // not, the offset also passed over all of its rows, as many as it has.
    if (page.length > 0 || skip === 0) skip = 0;
    else skip -= Math.min(skip, await tierSize(tier, match, filters));
  }

  return ids;
}

/** Ids of one page of published initiatives, newest first, the id breaking ties. */
export async function newestIds(filters: Filters, { offset, limit }: Range): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."initiativeId" AS id FROM "InitiativeSearch" s
    WHERE ${filtersOn(filters)}
    ${NEWEST_FIRST} LIMIT ${limit} OFFSET ${offset}`;

  return rows.map((row) => row.id);
}
