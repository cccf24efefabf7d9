import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { VECTOR_SETTINGS, vectorDb } from "./vector-db";

const SET_LOCALLY = Prisma.sql`SELECT ${Prisma.join(
  Object.entries(VECTOR_SETTINGS).map(
    ([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`,
  ),
)}`;

/**
 * Runs one query on search vectors with the settings that suit it (see
 * vector-db.ts): in one round trip on the pool made for them, else in a
 * transaction of its own that sets them first.
 */
export async function runVectorQuery<T>(query: Prisma.Sql): Promise<T> {
  if (vectorDb) return vectorDb.$queryRaw<T>(query);

  const [, rows] = await db.$transaction([db.$queryRaw(SET_LOCALLY), db.$queryRaw<T>(query)]);

  return rows;
}

/** The tsquery text as a one-row relation `q` with column `match`, folded like stored text. */
export function tsqueryRow(match: string): Prisma.Sql {
  return Prisma.sql`(SELECT to_tsquery('simple', public.search_fold(${match})) AS match) AS q`;
}
