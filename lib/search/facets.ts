import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "./filters";
import { runVectorQuery, tsqueryRow } from "./search-sql";

/**
 * How many published initiatives match: in all (both filters applied), and
 * per region code and theme slug (none: absent).
 */
export type Counts = { total: number; regions: Map<string, number>; themes: Map<string, number> };

/** Matches sharing the same regions and themes; a few hundred groups at most. */
type Group = { regions: string[]; themes: string[]; count: number };

function groupsQuery(match: string | null): Prisma.Sql {
  const matching = match
    ? Prisma.sql`FROM "InitiativeSearch" s, ${tsqueryRow(match)} WHERE s."searchVector" @@ q.match`
    : Prisma.sql`FROM "InitiativeSearch" s`;

  return Prisma.sql`SELECT g."regionCodes" AS regions, g."themeSlugs" AS themes, c.count
    FROM (SELECT s."facetGroup", count(*)::int AS count ${matching} GROUP BY s."facetGroup") AS c
    JOIN "SearchFacetGroup" g ON g.id = c."facetGroup"`;
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
  const query = groupsQuery(match);
  const groups = match ? await runVectorQuery<Group[]>(query) : await db.$queryRaw<Group[]>(query);
  const counts: Counts = { total: 0, regions: new Map(), themes: new Map() };

  for (const group of groups) {
    const inRegion = !region || group.regions.includes(region);
    const inTheme = !theme || group.themes.includes(theme);

    if (inRegion && inTheme) counts.total += group.count;
    if (inTheme) add(counts.regions, group.regions, group.count);
    if (inRegion) add(counts.themes, group.themes, group.count);
  }

  return counts;
}
