import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildSearchText, referenceNamesOf } from "./search-text";

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
      select: {
        id: true,
        city: true,
        searchText: true,
        translations: { select: { title: true, summary: true, description: true } },
        organisation: { select: { name: true, translations: { select: { name: true } } } },
        regions: { select: { region: true } },
        themes: { select: { theme: true } },
      },
    });
    if (batch.length === 0) return updated;

    for (const item of batch) {
      const searchText = buildSearchText({
        city: item.city,
        translations: item.translations,
        organisationNames: [
          item.organisation.name,
          ...item.organisation.translations.map((t) => t.name),
        ],
        referenceNames: referenceNamesOf(
          item.regions.map((r) => r.region),
          item.themes.map((t) => t.theme),
        ),
      });
      if (searchText === item.searchText) continue;

      await db.initiative.update({ where: { id: item.id }, data: { searchText } });
      updated++;
    }

    cursor = batch.at(-1)?.id;
  }
}
