import { Prisma } from "@/lib/generated/prisma/client";

export type Filters = { region?: string | undefined; theme?: string | undefined };

/**
 * The filters on the initiative aliased `i`, read from its copies of its
 * InitiativeRegion and InitiativeTheme keys: no other table per match.
 */
export function filtersOn({ region, theme }: Filters): Prisma.Sql {
  const inRegion = region ? Prisma.sql`${region} = ANY (i."regionCodes")` : Prisma.sql`TRUE`;
  const inTheme = theme ? Prisma.sql`${theme} = ANY (i."themeSlugs")` : Prisma.sql`TRUE`;

  return Prisma.sql`${inRegion} AND ${inTheme}`;
}
