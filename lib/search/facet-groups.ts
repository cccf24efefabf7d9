import "server-only";
import { db } from "@/lib/db/client";

/** A combination of regions and themes that published initiatives have. */
export type FacetGroup = { regions: string[]; themes: string[] };

// Rows of SearchFacetGroup are written once and never change (see the search
// migration): each is read once per process, when a count first meets it.
// A few thousand at 100,000 initiatives.
const known = new Map<number, FacetGroup>();

async function readMissing(ids: readonly number[]) {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return;

  const rows = await db.$queryRaw<(FacetGroup & { id: number })[]>`
    SELECT id, "regionCodes" AS regions, "themeSlugs" AS themes
    FROM "SearchFacetGroup" WHERE id = ANY (${missing}::int[])`;
  for (const { id, regions, themes } of rows) known.set(id, { regions, themes });
}

/** Finds combinations by id, once those with these ids not seen before are read. */
export async function facetGroupFinder(
  ids: readonly number[],
): Promise<(id: number) => FacetGroup | undefined> {
  await readMissing(ids);

  return (id) => known.get(id);
}
