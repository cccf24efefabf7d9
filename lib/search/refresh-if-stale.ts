import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshAllSearchColumns } from "./refresh-all";

// The code and data that every initiative's search columns derive from,
// besides its own content, which lib/initiatives/write-content.ts indexes.
const RULE_FILES = [
  "lib/text/normalize.ts",
  "lib/text/arabic-article.ts",
  "lib/search/places.ts",
  "lib/search/place-names.json",
  "lib/search/search-columns.ts",
];

async function fingerprintOf(db: PrismaClient): Promise<string> {
  const hash = createHash("sha256");
  for (const file of RULE_FILES) hash.update(await readFile(path.join(process.cwd(), file)));

  const names = { nameFr: true, nameAr: true, nameEn: true, aliases: true };
  const labels = { labelFr: true, labelAr: true, labelEn: true, aliases: true };
  const [regions, themes] = await Promise.all([
    db.region.findMany({ select: { code: true, ...names }, orderBy: { code: "asc" } }),
    db.theme.findMany({ select: { slug: true, ...labels }, orderBy: { slug: "asc" } }),
  ]);

  return hash.update(JSON.stringify({ regions, themes })).digest("hex");
}

/**
 * Rewrites the search columns of every initiative when their rules changed
 * since the last time (or always with `force`), and returns how many were
 * rewritten; null when nothing needed reading. At start-up, so that reading
 * 100,000 initiatives happens once per change of the rules, not per start.
 */
export async function refreshSearchColumnsIfStale(
  db: PrismaClient,
  { force = false }: { force?: boolean } = {},
): Promise<number | null> {
  const fingerprint = await fingerprintOf(db);
  const stored = await db.searchIndexState.findUnique({ where: { id: 1 } });
  if (!force && stored?.fingerprint === fingerprint) return null;

  const refreshed = await refreshAllSearchColumns(db);
  await db.searchIndexState.upsert({
    where: { id: 1 },
    create: { id: 1, fingerprint },
    update: { fingerprint },
  });

  return refreshed;
}
