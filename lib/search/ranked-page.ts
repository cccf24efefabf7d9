import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { regionCondition, themeCondition, type Filters } from "./filters";
import { planQueries, type SearchPlan } from "./search-plan";

const ID = Prisma.sql`i.id`;

function matchingRows(plan: SearchPlan, filters: Filters): Prisma.Sql {
  return Prisma.sql`FROM "Initiative" i, ${planQueries(plan)}
    WHERE i.status = 'PUBLISHED' AND i."searchVector" @@ q.match
    ${regionCondition(ID, filters.region)} ${themeCondition(ID, filters.theme)}`;
}

/**
 * Ids of one page of matches: those with every word in a title first, then
 * in titles and summaries, then the rest; newest first within each, the id
 * breaking ties so pages never repeat or skip an entry. `total` is null when
 * the page lies past the last match.
 */
export async function rankedPage(
  plan: SearchPlan,
  filters: Filters,
  { offset, limit }: { offset: number; limit: number },
): Promise<{ ids: string[]; total: number | null }> {
  const rows = await db.$queryRaw<{ id: string; total: number }[]>`
    SELECT i.id, (count(*) OVER ())::int AS total
    ${matchingRows(plan, filters)}
    ORDER BY
      CASE WHEN i."searchVector" @@ q.titles THEN 0 WHEN i."searchVector" @@ q.heads THEN 1 ELSE 2 END,
      i."publishedAt" DESC, i.id DESC
    LIMIT ${limit} OFFSET ${offset}`;

  return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
}

/** How many published initiatives match the plan and the filters. */
export async function countMatches(plan: SearchPlan, filters: Filters): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total ${matchingRows(plan, filters)}`;

  return row?.total ?? 0;
}
