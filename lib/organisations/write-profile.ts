import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchColumns } from "@/lib/search/searchable";
import { originalName, type OrganisationContent } from "./content";

/**
 * Makes `content` the organisation's profile, inside the caller's
 * transaction. The slug stays, so shared links keep working after a rename;
 * the initiatives' search text follows the new names.
 */
export async function writeProfile(
  tx: Prisma.TransactionClient,
  organisationId: string,
  content: OrganisationContent,
) {
  const locales = content.translations.map((row) => row.locale);

  // One after another: a transaction runs on a single connection.
  await tx.organisationTranslation.deleteMany({
    where: { organisationId, locale: { notIn: locales } },
  });
  for (const { locale, name, description } of content.translations) {
    await tx.organisationTranslation.upsert({
      where: { organisationId_locale: { organisationId, locale } },
      create: { organisationId, locale, name, description },
      update: { name, description },
    });
  }
  await tx.organisation.update({
    where: { id: organisationId },
    data: {
      name: originalName(content),
      originalLocale: content.originalLocale,
      kind: content.kind,
      regionCode: content.regionCode,
      city: content.city,
      website: content.website,
      socialLinks: content.socialLinks,
      logoPath: content.logoPath,
    },
  });

  const initiatives = await tx.initiative.findMany({
    where: { organisationId },
    select: { id: true },
  });
  for (const initiative of initiatives) await refreshSearchColumns(tx, initiative.id);
}
