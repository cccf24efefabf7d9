import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { AppLocale } from "@/lib/i18n/routing";
import { discardLogo, storeLogo } from "./logo";
import type { createOrganisationSchema } from "./organisation-schema";
import { organisationSlug } from "./organisation-slug";
import { nameIn, originalLocaleOf, translationRows } from "./translations";

export type Creator = { id: string; emailVerified: boolean } | null;

export type CreateOrganisationInput = z.output<typeof createOrganisationSchema>;

type Row = Omit<CreateOrganisationInput, "logo"> & { logoPath: string | null };

type Created = { id: string; slug: string };

// A form sent twice (double click, resend after a lost answer) carries the
// same token: the second time answers with the organisation the first made.
async function findSent(actorId: string, clientToken: string): Promise<Created | null> {
  const sent = await db.organisation.findUnique({
    where: { clientToken },
    select: { id: true, slug: true, memberships: { where: { userId: actorId } } },
  });
  if (!sent) return null;
  if (sent.memberships.length === 0) throw new AppError("conflict");

  return { id: sent.id, slug: sent.slug };
}

async function insert(actorId: string, row: Row, pageLocale: AppLocale) {
  const rows = translationRows(row.translations);
  const originalLocale = originalLocaleOf(rows, pageLocale);
  const name = nameIn(rows, originalLocale);

  return db.organisation.create({
    data: {
      slug: await organisationSlug(name),
      name,
      originalLocale,
      kind: row.kind,
      regionCode: row.regionCode,
      city: row.city ?? null,
      website: row.website ?? null,
      socialLinks: row.socialLinks,
      logoPath: row.logoPath,
      clientToken: row.clientToken,
      translations: { create: rows },
      memberships: { create: { userId: actorId, role: "OWNER" } },
    },
    select: { id: true, slug: true },
  });
}

async function insertOnce(actorId: string, row: Row, pageLocale: AppLocale): Promise<Created> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert(actorId, row, pageLocale);
    } catch (error) {
      // Either the same form arrived twice at once, or another organisation
      // took the slug in between: look again, then retry with a fresh slug.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;

      const raced = await findSent(actorId, row.clientToken);
      if (raced) {
        await discardLogo(row.logoPath);

        return raced;
      }
    }
  }
}

/** A new organisation whose only member, its owner, is the signed-in creator. */
export async function createOrganisation(
  actor: Creator,
  input: CreateOrganisationInput,
  pageLocale: AppLocale,
): Promise<Created> {
  if (!actor?.id) throw new AppError("signInRequired");
  if (!actor.emailVerified) throw new AppError("verificationRequired");

  const sent = await findSent(actor.id, input.clientToken);
  if (sent) return sent;

  const { logo, ...fields } = input;
  const logoPath = (await storeLogo(logo)) ?? null;
  try {
    return await insertOnce(actor.id, { ...fields, logoPath }, pageLocale);
  } catch (error) {
    await discardLogo(logoPath);
    throw error;
  }
}
