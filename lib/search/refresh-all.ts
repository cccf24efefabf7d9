import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchableSelect, staleSearchColumns } from "./searchable";

const BATCH_SIZE = 500;

/**
 * Recomputes every initiative's search columns, so a change to the rules, to
 * the place names or to region and theme names reaches data seeded or saved
 * before it. Rows whose columns are current are not written.
 */
export async function refreshAllSearchColumns(db: PrismaClient): Promise<number> {
  let updated = 0;

  for (let cursor: string | undefined; ;) {
    const batch = await db.initiative.findMany({
      take: BATCH_SIZE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: searchableSelect,
    });
    if (batch.length === 0) return updated;

    for (const item of batch) {
      const columns = staleSearchColumns(item);
      if (!columns) continue;

      await db.initiative.update({ where: { id: item.id }, data: columns });
      updated++;
    }

    cursor = batch.at(-1)?.id;
  }
}
