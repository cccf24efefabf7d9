import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs one query on search vectors with settings that suit it, in a
 * transaction of its own. The planner counts nothing for reading a long
 * vector from TOAST, so it would check a word against every entry's vector,
 * scanning the table or an index in date order (3 s at 100,000 initiatives
 * for a word found nowhere), rather than ask the GIN index (under 1 ms): only
 * bitmap scans are left to it. A search hashes and sorts up to 100,000 short
 * rows, which 16 MB keeps out of temporary files; compiling it (JIT) would
 * take longer than running it.
 */
export async function runVectorQuery<T>(query: Prisma.Sql): Promise<T> {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true),
      set_config('enable_indexscan', 'off', true),
      set_config('work_mem', '16MB', true), set_config('jit', 'off', true)`,
    db.$queryRaw<T>(query),
  ]);

  return rows;
}

/** The tsquery text as a one-row relation `q` with column `match`, folded like stored text. */
export function tsqueryRow(match: string): Prisma.Sql {
  return Prisma.sql`(SELECT to_tsquery('simple', public.search_fold(${match})) AS match) AS q`;
}
