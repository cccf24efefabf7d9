import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { refreshSearchColumns } from "@/lib/search/searchable";
import { requireMembership, type Actor } from "./access";
import { discardLogo, storeLogo } from "./logo";
import type { updateOrganisationSchema } from "./organisation-schema";
import { nameIn, originalLocaleOf, translationRows } from "./translations";

export type UpdateOrganisationInput = z.output<typeof updateOrganisationSchema>;

type Profile = Omit<UpdateOrganisationInput, "logo" | "removeLogo"> & {
  originalLocale: AppLocale;
  logoPath: string | null;
};

async function writeProfile(
  tx: Prisma.TransactionClient,
  { organisationId, translations, originalLocale, ...profile }: Profile,
) {
  const rows = translationRows(translations);

  await tx.organisationTranslation.deleteMany({
    where: { organisationId, locale: { notIn: rows.map((row) => row.locale) } },
  });
  for (const { locale, name, description } of rows) {
    await tx.organisationTranslation.upsert({
      where: { organisationId_locale: { organisationId, locale } },
      create: { organisationId, locale, name, description },
      update: { name, description },
    });
  }
  await tx.organisation.update({
    where: { id: organisationId },
    data: {
      name: nameIn(rows, originalLocale),
      originalLocale,
      kind: profile.kind,
      regionCode: profile.regionCode,
      city: profile.city ?? null,
      website: profile.website ?? null,
      socialLinks: profile.socialLinks,
      logoPath: profile.logoPath,
    },
  });

  // Organisation names are part of its initiatives' search text.
  const initiatives = await tx.initiative.findMany({
    where: { organisationId },
    select: { id: true },
  });
  for (const { id } of initiatives) await refreshSearchColumns(tx, id);
}

/**
 * Saves the organisation's profile, for its owners and editors. The slug
 * stays, so shared links keep working after a rename.
 */
export async function updateOrganisation(
  actor: Actor,
  { logo, removeLogo, ...input }: UpdateOrganisationInput,
  pageLocale: AppLocale,
): Promise<{ id: string }> {
  await requireMembership(actor, input.organisationId);

  const current = await db.organisation.findUniqueOrThrow({
    where: { id: input.organisationId },
    select: { originalLocale: true, logoPath: true },
  });
  const rows = translationRows(input.translations);
  const originalLocale = originalLocaleOf(rows, pageLocale, current.originalLocale);
  const newLogo = await storeLogo(logo);
  const logoPath = newLogo ?? (removeLogo ? null : current.logoPath);

  try {
    await db.$transaction((tx) => writeProfile(tx, { ...input, originalLocale, logoPath }));
  } catch (error) {
    await discardLogo(newLogo);
    throw error;
  }
  if (logoPath !== current.logoPath) await discardLogo(current.logoPath);

  return { id: input.organisationId };
}
