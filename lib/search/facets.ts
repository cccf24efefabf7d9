import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { regionCondition, themeCondition, type Filters } from "./filters";
import { planQueries, type SearchPlan } from "./search-plan";

/** Published initiatives per region code and per theme slug (none: absent). */
export type Facets = { regions: Map<string, number>; themes: Map<string, number> };

type Row = { facet: "region" | "theme"; key: string; count: number };

const HIT = Prisma.sql`h.id`;

function hits(plan: SearchPlan | null): Prisma.Sql {
  if (!plan) return Prisma.sql`SELECT i.id FROM "Initiative" i WHERE i.status = 'PUBLISHED'`;

  return Prisma.sql`SELECT i.id FROM "Initiative" i, ${planQueries(plan)}
    WHERE i.status = 'PUBLISHED' AND i."searchVector" @@ q.match`;
}

/**
 * Counts for the region and theme choices: each counts the initiatives that
 * match the query and the other filter, so choosing it gives that number.
 */
export async function countFacets(plan: SearchPlan | null, filters: Filters): Promise<Facets> {
  const rows = await db.$queryRaw<Row[]>`
    WITH hits AS MATERIALIZED (${hits(plan)})
    SELECT 'region' AS facet, r."regionCode" AS key, count(*)::int AS count
    FROM hits h JOIN "InitiativeRegion" r ON r."initiativeId" = h.id
    WHERE TRUE ${themeCondition(HIT, filters.theme)}
    GROUP BY r."regionCode"
    UNION ALL
    SELECT 'theme', t."themeSlug", count(*)::int
    FROM hits h JOIN "InitiativeTheme" t ON t."initiativeId" = h.id
    WHERE TRUE ${regionCondition(HIT, filters.region)}
    GROUP BY t."themeSlug"`;

  const of = (facet: Row["facet"]) =>
    new Map(rows.filter((row) => row.facet === facet).map((row) => [row.key, row.count]));

  return { regions: of("region"), themes: of("theme") };
}
