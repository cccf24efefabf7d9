import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchText, referenceNamesOf } from "./search-text";

/** What the search text of one initiative is built from. */
export const searchableSelect = {
  id: true,
  city: true,
  searchText: true,
  translations: { select: { title: true, summary: true, description: true } },
  organisation: { select: { name: true, translations: { select: { name: true } } } },
  regions: { select: { region: true } },
  themes: { select: { theme: true } },
} as const satisfies Prisma.InitiativeSelect;

type Searchable = Prisma.InitiativeGetPayload<{ select: typeof searchableSelect }>;

export function searchTextOf(item: Searchable): string {
  return buildSearchText({
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
}

/** Recomputes one initiative's search text after its content changed. */
export async function refreshSearchText(tx: Prisma.TransactionClient, id: string) {
  const item = await tx.initiative.findUniqueOrThrow({ where: { id }, select: searchableSelect });
  const searchText = searchTextOf(item);
  if (searchText === item.searchText) return;

  await tx.initiative.update({ where: { id }, data: { searchText } });
}
