// The one place where the benchmark knows how search is stored: it fills the
// text search columns of each synthetic initiative the way the site would.
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { searchColumnsOf as siteSearchColumnsOf } from "@/lib/search/search-columns";

export type SearchSource = {
  id: string;
  city: string;
  translations: { title: string; summary: string; description: string }[];
  organisationNames: string[];
  regions: Region[];
  themes: Theme[];
};

/**
 * Text columns, for the Initiative row. The region and theme key arrays are
 * set afterwards in SQL (see KEY_COLUMNS_SQL): the batch insert passes one
 * array per column, and PostgreSQL cannot unnest an array of arrays.
 */
export function searchColumnsOf(item: SearchSource): Record<string, string> {
  const { searchTitle, searchSummary, searchBody } = siteSearchColumnsOf(item);

  return { searchTitle, searchSummary, searchBody };
}

/** The region and theme keys of every initiative, sorted as the site stores them. */
export const KEY_COLUMNS_SQL = `
  UPDATE "Initiative" i SET
    "regionCodes" = ARRAY(SELECT r."regionCode" FROM "InitiativeRegion" r
                          WHERE r."initiativeId" = i.id ORDER BY 1),
    "themeSlugs" = ARRAY(SELECT t."themeSlug" FROM "InitiativeTheme" t
                         WHERE t."initiativeId" = i.id ORDER BY 1)`;
