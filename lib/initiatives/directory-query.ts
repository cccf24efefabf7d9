import "server-only";
import { loadReferenceLookups } from "@/lib/reference/lookups";
import { dropUnknownFilters, parseDirectoryParams, type DirectoryParams } from "./directory-params";

/** The directory's query string, read and checked against the regions and themes that exist. */
export async function readDirectoryQuery(
  searchParams: Record<string, unknown>,
): Promise<DirectoryParams> {
  const lookups = await loadReferenceLookups();

  return dropUnknownFilters(parseDirectoryParams(searchParams), {
    regionCodes: new Set(lookups.regionByCode.keys()),
    themeSlugs: new Set(lookups.themeBySlug.keys()),
  });
}
