import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeContent } from "./content";
import { refreshSearchColumns } from "@/lib/search/searchable";

const dateOrNull = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

/** The initiative's own columns for this content. */
export function contentColumns(content: InitiativeContent) {
  return {
    originalLocale: content.originalLocale,
    regionCode: content.regionCode,
    city: content.city,
    startDate: dateOrNull(content.startDate),
    endDate: dateOrNull(content.endDate),
    datePrecision: "DAY" as const,
  };
}

/**
 * Replaces the initiative's translations, themes, regions, links and images
 * with `content`, then its search columns. Runs inside the caller's transaction.
 */
export async function writeContentRows(
  tx: Prisma.TransactionClient,
  initiativeId: string,
  content: InitiativeContent,
) {
  const where = { initiativeId };

  // One after another: a transaction runs on a single connection.
  await tx.initiativeTranslation.deleteMany({ where });
  await tx.initiativeTheme.deleteMany({ where });
  await tx.initiativeRegion.deleteMany({ where });
  await tx.initiativeLink.deleteMany({ where });
  await tx.initiativeImage.deleteMany({ where });
  await tx.initiativeTranslation.createMany({
    data: content.translations.map((translation) => ({ ...translation, initiativeId })),
  });
  await tx.initiativeTheme.createMany({
    data: content.themeSlugs.map((themeSlug, i) => ({
      initiativeId,
      themeSlug,
      isPrimary: i === 0,
    })),
  });
  await tx.initiativeRegion.createMany({
    data: content.regionCodes.map((regionCode) => ({ initiativeId, regionCode })),
  });
  await tx.initiativeLink.createMany({
    data: content.links.map((link, sortOrder) => ({ ...link, initiativeId, sortOrder })),
  });
  await tx.initiativeImage.createMany({
    data: content.images.map((image, sortOrder) => ({ ...image, initiativeId, sortOrder })),
  });

  await refreshSearchColumns(tx, initiativeId);
}
