import { Prisma } from "@/lib/generated/prisma/client";

export type Filters = { region?: string | undefined; theme?: string | undefined };

/**
 * The filters on the search entry aliased `s`: its combination of regions
 * and themes is one of the few that hold the region and the theme.
 */
export function filtersOn({ region, theme }: Filters): Prisma.Sql {
  if (!region && !theme) return Prisma.sql`TRUE`;

  const inRegion = region ? Prisma.sql`${region} = ANY (g."regionCodes")` : Prisma.sql`TRUE`;
  const inTheme = theme ? Prisma.sql`${theme} = ANY (g."themeSlugs")` : Prisma.sql`TRUE`;

  return Prisma.sql`s."facetGroup" IN (
    SELECT g.id FROM "SearchFacetGroup" g WHERE ${inRegion} AND ${inTheme}
  )`;
}
