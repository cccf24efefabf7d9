import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { filtersOn, type Filters } from "./filters";
import { runSearchQuery, tsqueryRow } from "./search-sql";

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
    ? Prisma.sql`AND i.id NOT IN (
        SELECT b.id FROM "Initiative" b
        WHERE b.status = 'PUBLISHED' AND b.${tier.before} @@ q.match
      )`
    : Prisma.empty;

  return Prisma.sql`FROM "Initiative" i, ${tsqueryRow(match)}
    WHERE i.status = 'PUBLISHED' AND i.${tier.vector} @@ q.match
    AND ${filtersOn(filters)} ${notBefore}`;
}

async function tierPage(tier: Tier, match: string, filters: Filters, skip: number, take: number) {
  const rows = await runSearchQuery<{ id: string }[]>(Prisma.sql`
    SELECT i.id ${tierRows(tier, match, filters)}
    ORDER BY i."publishedAt" DESC, i.id DESC
    LIMIT ${take} OFFSET ${skip}`);

  return rows.map((row) => row.id);
}

async function tierSize(tier: Tier, match: string, filters: Filters): Promise<number> {
  const [row] = await runSearchQuery<{ size: number }[]>(Prisma.sql`
    SELECT count(*)::int AS size ${tierRows(tier, match, filters)}`);

  return row?.size ?? 0;
}

/**
 * Ids of one page of published initiatives matching the tsquery `match`:
 * by tier, then newest first, the id breaking ties so pages never repeat or
 * skip an entry. Page one of a common word costs one query on titles.
 */
export async function rankedIds(
  match: string,
  filters: Filters,
  { offset, limit }: { offset: number; limit: number },
): Promise<string[]> {
  const ids: string[] = [];
  let skip = offset;

  for (const tier of TIERS) {
    const page = await tierPage(tier, match, filters, skip, limit - ids.length);
    ids.push(...page);
    if (ids.length === limit) break;

    // This tier ran out. If it showed rows, the next starts at its top; if
    // not, the offset also passed over all of its rows, as many as it has.
    if (page.length > 0 || skip === 0) skip = 0;
    else skip -= Math.min(skip, await tierSize(tier, match, filters));
  }

  return ids;
}
