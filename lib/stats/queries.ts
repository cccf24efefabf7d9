import "server-only";
import { db } from "@/lib/db/client";

export type PublicCounts = { initiatives: number; organisations: number; regions: number };

/** Live counts for the home page, all from published initiatives only. */
export async function countPublic(): Promise<PublicCounts> {
  const published = { status: "PUBLISHED" } as const;

  const [initiatives, organisations, regions] = await Promise.all([
    db.initiative.count({ where: published }),
    db.organisation.count({ where: { initiatives: { some: published } } }),
    db.region.count({ where: { initiativeRegions: { some: { initiative: published } } } }),
  ]);

  return { initiatives, organisations, regions };
}

/** Number of published initiatives per region code (regions with none omitted). */
export async function countPublishedByRegion(): Promise<Map<string, number>> {
  const rows = await db.initiativeRegion.groupBy({
    by: ["regionCode"],
    where: { initiative: { status: "PUBLISHED" } },
    _count: { _all: true },
  });

  return new Map(rows.map((row) => [row.regionCode, row._count._all]));
}

/** Number of published initiatives per theme slug (themes with none omitted). */
export async function countPublishedByTheme(): Promise<Map<string, number>> {
  const rows = await db.initiativeTheme.groupBy({
    by: ["themeSlug"],
    where: { initiative: { status: "PUBLISHED" } },
    _count: { _all: true },
  });

  return new Map(rows.map((row) => [row.themeSlug, row._count._all]));
}
