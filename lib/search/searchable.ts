import type { Prisma } from "@/lib/generated/prisma/client";
import { searchColumnsOf, type SearchColumns } from "./search-columns";

/** What the search columns of one initiative are built from, and their current values. */
export const searchableSelect = {
  id: true,
  city: true,
  searchTitle: true,
  searchSummary: true,
  searchBody: true,
  regionCodes: true,
  themeSlugs: true,
  translations: { select: { title: true, summary: true, description: true } },
  organisation: { select: { name: true, translations: { select: { name: true } } } },
  regions: { select: { region: true } },
  themes: { select: { theme: true } },
} as const satisfies Prisma.InitiativeSelect;

type Searchable = Prisma.InitiativeGetPayload<{ select: typeof searchableSelect }>;

export function searchColumnsOfRow(item: Searchable): SearchColumns {
  return searchColumnsOf({
    city: item.city,
    translations: item.translations,
    organisationNames: [
      item.organisation.name,
      ...item.organisation.translations.map((t) => t.name),
    ],
    regions: item.regions.map((r) => r.region),
    themes: item.themes.map((t) => t.theme),
  });
}

/** The columns to write, or null when the stored ones are current. */
export function staleSearchColumns(item: Searchable): SearchColumns | null {
  const columns = searchColumnsOfRow(item);
  const current = (Object.keys(columns) as (keyof SearchColumns)[]).every(
    (key) => JSON.stringify(columns[key]) === JSON.stringify(item[key]),
  );

  return current ? null : columns;
}

/** Recomputes one initiative's search columns after its content changed. */
export async function refreshSearchColumns(tx: Prisma.TransactionClient, id: string) {
  const item = await tx.initiative.findUniqueOrThrow({ where: { id }, select: searchableSelect });
  const columns = staleSearchColumns(item);
  if (!columns) return;

  await tx.initiative.update({ where: { id }, data: columns });
}
