import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchableSelect, searchTextOf } from "./searchable";

const BATCH_SIZE = 200;

/**
 * Recomputes every initiative's search text, so a change to the rules or to
 * region and theme names reaches data seeded or saved before it. Rows whose
 * text is unchanged are not written.
 */
export async function refreshSearchTexts(db: PrismaClient): Promise<number> {
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
      const searchText = searchTextOf(item);
      if (searchText === item.searchText) continue;

      await db.initiative.update({ where: { id: item.id }, data: { searchText } });
      updated++;
    }

    cursor = batch.at(-1)?.id;
  }
}
