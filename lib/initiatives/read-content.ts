import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeContent } from "./content";

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/**
 * The initiative's current rows as form content, or null when it does not
 * exist. Pass a transaction to read what it sees.
 */
export async function readInitiativeContent(
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<InitiativeContent | null> {
  const row = await client.initiative.findUnique({
    where: { id },
    select: {
      originalLocale: true,
      regionCode: true,
      city: true,
      startDate: true,
      endDate: true,
      translations: { select: { locale: true, title: true, summary: true, description: true } },
      regions: { select: { regionCode: true } },
      themes: {
        select: { themeSlug: true },
        orderBy: [{ isPrimary: "desc" }, { themeSlug: "asc" }],
      },
      links: { select: { url: true, kind: true }, orderBy: { sortOrder: "asc" } },
      images: {
        select: {
          path: true,
          width: true,
          height: true,
          bytes: true,
          altText: true,
          altLocale: true,
        },
        orderBy: { sortOrder: "asc" },
      },
    },
  });
  if (!row) return null;

  const { regions, themes, startDate, endDate, ...rest } = row;
  const others = regions.map((r) => r.regionCode).filter((code) => code !== row.regionCode);

  return {
    ...rest,
    regionCodes: row.regionCode ? [row.regionCode, ...others] : others,
    themeSlugs: themes.map((theme) => theme.themeSlug),
    startDate: isoDate(startDate),
    endDate: isoDate(endDate),
  };
}
