import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs one search query with settings that suit it, in a transaction of its
 * own. The planner counts nothing for reading a long vector from TOAST, so for
 * a word found in most initiatives it would rather scan the table and read
 * every vector (850 ms at 100,000 initiatives) than use the GIN index (15 ms):
 * sequential scans are discouraged, unless the query reads every published row
 * anyway and no vector (`scanTable`). A search hashes and sorts up to 100,000
 * short rows, which 16 MB keeps out of temporary files; compiling it (JIT)
 * would take longer than running it.
 */
export async function runSearchQuery<T>(
  query: Prisma.Sql,
  { scanTable = false }: { scanTable?: boolean } = {},
): Promise<T> {
  const seqscan = scanTable ? "on" : "off";
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('enable_seqscan', ${seqscan}, true),
      set_config('work_mem', '16MB', true), set_config('jit', 'off', true)`,
    db.$queryRaw<T>(query),
  ]);

  return rows;
}

/** The tsquery text as a one-row relation `q` with column `match`, folded like stored text. */
export function tsqueryRow(match: string): Prisma.Sql {
  return Prisma.sql`(SELECT to_tsquery('simple', public.search_fold(${match})) AS match) AS q`;
}
