import { z } from "zod";
import { normalizeForSearch } from "@/lib/text/normalize";

export const MAX_QUERY_LENGTH = 200;

// Far past the last page of any directory; keeps OFFSET a sane number.
const MAX_PAGE = 100_000;

// A repeated parameter (?q=a&q=b) arrives as an array: keep the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const trimmed = (value: unknown) => {
  const v = first(value);

  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

const regionCode = z
  .preprocess(trimmed, z.string().max(10).optional())
  .transform((code) => code?.toUpperCase())
  .catch(undefined);

const themeSlug = z
  .preprocess(trimmed, z.string().max(40).optional())
  .transform((slug) => slug?.toLowerCase())
  .catch(undefined);

/**
 * The query cut to MAX_QUERY_LENGTH characters (code points, so no emoji or
 * Arabic letter is split), without a last word cut in two when a space came
 * before it.
 */
export function clipQuery(q: string): string {
  const characters = Array.from(q);
  if (characters.length <= MAX_QUERY_LENGTH) return q;

  const clipped = characters.slice(0, MAX_QUERY_LENGTH).join("");
  const cutInWord = /\S/u.test(characters[MAX_QUERY_LENGTH] ?? "");
  const lastSpace = clipped.search(/\s\S*$/u);

  return (cutInWord && lastSpace > 0 ? clipped.slice(0, lastSpace) : clipped).trim();
}

// A query with nothing searchable in it (only punctuation, emoji or lone
// vowel marks) counts as no query, so it is not shown as an active search
// that matches everything.
const searchQuery = z
  .preprocess(trimmed, z.string().optional())
  .transform((q) => (q === undefined ? q : clipQuery(q)))
  .transform((q) => (q && normalizeForSearch(q) ? q : undefined))
  .catch(undefined);

/**
 * The directory's whole state lives in the URL. Anything malformed is dropped
 * rather than refused: a shared link with a stale filter still opens a page.
 */
export const directoryParamsSchema = z.object({
  region: regionCode,
  theme: themeSlug,
  q: searchQuery,
  // A page past the last one says so (see PageBeyondNotice), however far.
  page: z
    .preprocess(first, z.coerce.number().int().min(1))
    .transform((page) => Math.min(page, MAX_PAGE))
    .catch(1),
});

export type DirectoryParams = z.infer<typeof directoryParamsSchema>;

/** The directory without filters, words or page: the one that is cached. */
export const FIRST_PAGE: DirectoryParams = {
  region: undefined,
  theme: undefined,
  q: undefined,
  page: 1,
};

/** What a directory query needs: any of the filters, and a page. */
export type DirectoryQuery = {
  region?: string | undefined;
  theme?: string | undefined;
  q?: string | undefined;
  page: number;
};

export function parseDirectoryParams(searchParams: Record<string, unknown>): DirectoryParams {
  return directoryParamsSchema.parse(searchParams);
}

type KnownKeys = { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string> };

/** Drops a region or theme that does not exist, as the form would show none. */
export function dropUnknownFilters(params: DirectoryParams, known: KnownKeys): DirectoryParams {
  return {
    ...params,
    region: params.region && known.regionCodes.has(params.region) ? params.region : undefined,
    theme: params.theme && known.themeSlugs.has(params.theme) ? params.theme : undefined,
  };
}
