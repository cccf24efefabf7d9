import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { facetGroupFinder } from "./facet-groups";
import type { Filters } from "./filters";
import { runVectorQuery, tsqueryRow } from "./search-sql";

/**
 * How many published initiatives match: in all (both filters applied), and
 * per region code and theme slug (none: absent).
 */
export type Counts = { total: number; regions: Map<string, number>; themes: Map<string, number> };

/** Matches by id of their combination of regions and themes. */
type GroupCounts = { counts: Record<string, number> };

// One JSON object rather than a row per combination: thousands of them at
// 100,000 initiatives, which the server parses faster this way.
function groupCountsQuery(match: string | null): Prisma.Sql {
  const matching = match
    ? Prisma.sql`FROM "InitiativeSearch" s, ${tsqueryRow(match)} WHERE s."searchVector" @@ q.match`
    : Prisma.sql`FROM "InitiativeSearch" s`;

  return Prisma.sql`SELECT coalesce(json_object_agg(c."facetGroup", c.count), '{}') AS counts
    FROM (SELECT s."facetGroup", count(*)::int AS count ${matching} GROUP BY s."facetGroup") AS c`;
}

async function countsByGroup(match: string | null): Promise<[number, number][]> {
  const query = groupCountsQuery(match);
  const [row] = match
    ? await runVectorQuery<GroupCounts[]>(query)
    : await db.$queryRaw<GroupCounts[]>(query);

  return Object.entries(row?.counts ?? {}).map(([id, count]) => [Number(id), count]);
}

function add(counts: Map<string, number>, keys: string[], count: number) {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + count);
}

/**
 * The total, and the count beside each region and theme choice: a region
 * counts the matches that also pass the theme filter, and a theme those that
 * pass the region filter, so each choice shows the total it would give.
 * One pass over the matches, grouped by their combination of regions and
 * themes; without words, over every published initiative.
 */
export async function countMatches(match: string | null, { region, theme }: Filters) {
  const groupCounts = await countsByGroup(match);
  const groupOf = await facetGroupFinder(groupCounts.map(([id]) => id));
  const counts: Counts = { total: 0, regions: new Map(), themes: new Map() };

  for (const [id, count] of groupCounts) {
    const group = groupOf(id);
    if (!group) continue;

    const inRegion = !region || group.regions.includes(region);
    const inTheme = !theme || group.themes.includes(theme);

    if (inRegion && inTheme) counts.total += count;
    if (inTheme) add(counts.regions, group.regions, count);
    if (inRegion) add(counts.themes, group.themes, count);
  }

  return counts;
}
