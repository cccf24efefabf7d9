import { withArticleStems } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";
import { placeSpellingsIn } from "./places";

type RegionNames = { nameFr: string; nameAr: string; nameEn: string; aliases: string[] };
type ThemeNames = { labelFr: string; labelAr: string; labelEn: string; aliases: string[] };
type Region = RegionNames & { code: string };
type Theme = ThemeNames & { slug: string };

/** What an initiative's search columns are computed from. */
export type SearchSource = {
  /** Every language the initiative is written in. */
  translations: readonly { title: string; summary?: string | null; description?: string | null }[];
  /** The organisation's name in each of its languages. */
  organisationNames: readonly string[];
  city?: string | null;
  /** Every region the initiative works in, and its themes. */
  regions: readonly Region[];
  themes: readonly Theme[];
};

/**
 * The Initiative columns search reads: normalised text, from which the
 * database builds its search vectors, and the region and theme keys that
 * filters and facet counts read.
 */
export type SearchColumns = {
  searchTitle: string;
  searchSummary: string;
  searchBody: string;
  regionCodes: string[];
  themeSlugs: string[];
};

/** Region and theme names in the three languages, with their aliases. */
export function referenceNamesOf(
  regions: readonly RegionNames[],
  themes: readonly ThemeNames[],
): string[] {
  return [
    ...regions.flatMap((r) => [r.nameFr, r.nameAr, r.nameEn, ...r.aliases]),
    ...themes.flatMap((t) => [t.labelFr, t.labelAr, t.labelEn, ...t.aliases]),
  ];
}

// Normalised words, then every spelling of the places they name, then the
// stem of each Arabic word that carries an article.
function searchTextOf(parts: readonly (string | null | undefined)[]): string {
  const text = normalizeForSearch(parts.filter(Boolean).join(" "));
  const places = placeSpellingsIn(text.split(" "));

  return withArticleStems([text, ...places].filter(Boolean).join(" "));
}

const sortedKeys = (keys: string[]) => [...new Set(keys)].sort();

// The same content gives the same columns whatever order its rows come in,
// so the start-up refresh rewrites only what changed.
function inOrder<T>(items: readonly T[], keyOf: (item: T) => (string | null | undefined)[]) {
  const key = (item: T) => keyOf(item).join("\u0000");

  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * An initiative's search columns: the text of its titles, of its summaries,
 * and of the rest (descriptions, organisation names, city, region and theme
 * names), and its region codes and theme slugs.
 * Region and theme names in the three languages are part of it, so a visitor
 * finds initiatives by place or subject in any script, even where the
 * initiative itself was only written in French.
 */
export function searchColumnsOf(source: SearchSource): SearchColumns {
  const translations = inOrder(source.translations, (t) => [t.title, t.summary, t.description]);
  const regions = inOrder(source.regions, (region) => [region.code]);
  const themes = inOrder(source.themes, (theme) => [theme.slug]);

  return {
    searchTitle: searchTextOf(translations.map((t) => t.title)),
    searchSummary: searchTextOf(translations.map((t) => t.summary)),
    searchBody: searchTextOf([
      ...translations.map((t) => t.description),
      ...[...source.organisationNames].sort(),
      source.city,
      ...referenceNamesOf(regions, themes),
    ]),
    regionCodes: sortedKeys(regions.map((region) => region.code)),
    themeSlugs: sortedKeys(themes.map((theme) => theme.slug)),
  };
}
