import "server-only";
import { db } from "@/lib/db/client";
import { oncePerProcess } from "@/lib/reference/once-per-process";

// Regions change only with a deploy or a seed, both followed by a restart:
// each page reads them from memory rather than from the database.
export const listRegions = oncePerProcess(async () =>
  db.region.findMany({ orderBy: { sortOrder: "asc" } }),
);

export async function getRegion(code: string) {
  const regions = await listRegions();

  return regions.find((region) => region.code === code) ?? null;
}
