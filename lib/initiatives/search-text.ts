import { withArticleStems } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";

type Searchable = {
  city?: string | null;
  organisationNames: string[];
  translations: { title: string; summary?: string | null; description?: string | null }[];
  /** Names of the regions and themes in every language, with their aliases. */
  referenceNames: string[];
};

/**
 * The normalised text that the directory search matches against. Region and
 * theme names in the three languages are part of it, so a visitor finds
 * initiatives by place or subject in any script, even where the initiative
 * itself was only written in French.
 */
export function buildSearchText(item: Searchable): string {
  const parts = [
    ...item.translations.flatMap((t) => [t.title, t.summary ?? "", t.description ?? ""]),
    ...item.organisationNames,
    item.city ?? "",
    ...item.referenceNames,
  ];

  return withArticleStems(normalizeForSearch(parts.join(" ")));
}

type RegionNames = { nameFr: string; nameAr: string; nameEn: string; aliases: string[] };
type ThemeNames = { labelFr: string; labelAr: string; labelEn: string; aliases: string[] };

export function referenceNamesOf(regions: RegionNames[], themes: ThemeNames[]): string[] {
  return [
    ...regions.flatMap((r) => [r.nameFr, r.nameAr, r.nameEn, ...r.aliases]),
    ...themes.flatMap((t) => [t.labelFr, t.labelAr, t.labelEn, ...t.aliases]),
  ];
}
