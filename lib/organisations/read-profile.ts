import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/routing";
import type { OrganisationContent } from "./content";

/**
 * The organisation's public rows as a profile, languages in the form's
 * order, or null when it does not exist. Pass a transaction to read what it
 * sees.
 */
export async function readOrganisationContent(
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<OrganisationContent | null> {
  const row = await client.organisation.findUnique({
    where: { id },
    select: {
      originalLocale: true,
      kind: true,
      regionCode: true,
      city: true,
      website: true,
      socialLinks: true,
      logoPath: true,
      translations: { select: { locale: true, name: true, description: true } },
    },
  });
  if (!row) return null;

  const translations = [...row.translations].sort(
    (a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale),
  );

  return { ...row, translations };
}
