import { Prisma } from "@/lib/generated/prisma/client";

export type Filters = { region?: string | undefined; theme?: string | undefined };

/** `AND` the initiative whose id is `id` works in the region; nothing without one. */
export function regionCondition(id: Prisma.Sql, region: string | undefined): Prisma.Sql {
  if (!region) return Prisma.empty;

  return Prisma.sql`AND EXISTS (
    SELECT 1 FROM "InitiativeRegion" fr WHERE fr."initiativeId" = ${id} AND fr."regionCode" = ${region}
  )`;
}

/** `AND` the initiative whose id is `id` has the theme, secondary themes included. */
export function themeCondition(id: Prisma.Sql, theme: string | undefined): Prisma.Sql {
  if (!theme) return Prisma.empty;

  return Prisma.sql`AND EXISTS (
    SELECT 1 FROM "InitiativeTheme" ft WHERE ft."initiativeId" = ${id} AND ft."themeSlug" = ${theme}
  )`;
}
