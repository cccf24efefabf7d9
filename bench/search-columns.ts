// The one place where the benchmark knows how search is stored: it fills the
// search columns of each synthetic initiative the way the site would.
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { searchTextOf } from "@/lib/initiatives/searchable";

export type SearchSource = {
  id: string;
  city: string;
  translations: { title: string; summary: string; description: string }[];
  organisationNames: string[];
  regions: Region[];
  themes: Theme[];
};

/** Column name to value, for the Initiative row. */
export function searchColumnsOf(item: SearchSource): Record<string, string> {
  const [name = "", ...others] = item.organisationNames;
  const searchText = searchTextOf({
    id: item.id,
    city: item.city,
    searchText: "",
    translations: item.translations,
    organisation: { name, translations: others.map((other) => ({ name: other })) },
    regions: item.regions.map((region) => ({ region })),
    themes: item.themes.map((theme) => ({ theme })),
  });

  return { searchText };
}
