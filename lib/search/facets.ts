import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "./filters";
import { runSearchQuery, tsqueryRow } from "./search-sql";

/**
 * How many published initiatives match: in all (both filters applied), and
 * per region code and theme slug (none: absent).
 */
export type Counts = { total: number; regions: Map<string, number>; themes: Map<string, number> };

/** Matches sharing the same regions and themes; a few hundred groups at most. */
type Group = { regions: string[]; themes: string[]; count: number };

function groupsQuery(match: string | null): Prisma.Sql {
  const matching = match
    ? Prisma.sql`FROM "Initiative" i, ${tsqueryRow(match)}
        WHERE i.status = 'PUBLISHED' AND i."searchVector" @@ q.match`
    : Prisma.sql`FROM "Initiative" i WHERE i.status = 'PUBLISHED'`;

  return Prisma.sql`SELECT i."regionCodes" AS regions, i."themeSlugs" AS themes,
      count(*)::int AS count
    ${matching}
    GROUP BY i."regionCodes", i."themeSlugs"`;
}

function add(counts: Map<string, number>, keys: string[], count: number) {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + count);
}

/**
 * The total, and the count beside each region and theme choice: a region
 * counts the matches that also pass the theme filter, and a theme those that
 * pass the region filter, so each choice shows the total it would give.
 * One pass over the matches, grouped by their regions and themes.
 */
export async function countMatches(match: string | null, { region, theme }: Filters) {
  const groups = await runSearchQuery<Group[]>(groupsQuery(match), { scanTable: !match });
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
