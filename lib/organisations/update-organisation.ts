import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { requireMembership, type Actor } from "./access";
import { profileFromInput } from "./content";
import { discardLogo, storeLogo } from "./logo";
import { findOpenProfileRevision, withdrawProfileRevision } from "./open-profile-revision";
import type { updateOrganisationSchema } from "./organisation-schema";
import { proposeProfile } from "./propose-profile";
import { isPublicOrganisation } from "./public-status";
import { readOrganisationContent } from "./read-profile";
import type { SavedProfile } from "./saved-profile";
import { originalLocaleOf, translationRows } from "./translations";
import { writeProfile } from "./write-profile";

export type UpdateOrganisationInput = z.output<typeof updateOrganisationSchema>;

// Not public yet: the profile changes in place, and a moderator reads it
// with the organisation's first initiative. An edit left open from a time it
// was public is withdrawn, so the form and the rows agree.
async function writeInPlace(
  { logo, removeLogo, ...input }: UpdateOrganisationInput,
  pageLocale: AppLocale,
): Promise<SavedProfile> {
  const id = input.organisationId;
  const current = await readOrganisationContent(id);
  if (!current) throw new AppError("notFound");

  const rows = translationRows(input.translations);
  const originalLocale = originalLocaleOf(rows, pageLocale, current.originalLocale);
  const newLogo = await storeLogo(logo);
  const logoPath = newLogo ?? (removeLogo ? null : current.logoPath);
  const content = profileFromInput(input, originalLocale, logoPath);

  const withdrawn = await db
    .$transaction(async (tx) => {
      if (await isPublicOrganisation(id, tx)) throw new AppError("conflict");

      const open = await findOpenProfileRevision(id, tx);
      if (open) await withdrawProfileRevision(tx, open);
      await writeProfile(tx, id, content);

      return open;
    })
    .catch(async (error: unknown) => {
      await discardLogo(newLogo);
      throw error;
    });
  if (logoPath !== current.logoPath) await discardLogo(current.logoPath);
  const proposedLogo = withdrawn?.content.logoPath;
  if (proposedLogo !== logoPath && proposedLogo !== current.logoPath) {
    await discardLogo(proposedLogo);
  }

  return { id, outcome: "saved" };
}

/**
 * Saves the organisation's profile, for its owners and editors. Once the
 * organisation is public, nothing changes on the public pages until a
 * moderator approves the edit; before that, the profile is written in place.
 */
export async function updateOrganisation(
  actor: Actor,
  input: UpdateOrganisationInput,
  pageLocale: AppLocale,
): Promise<SavedProfile> {
  await requireMembership(actor, input.organisationId);

  if (await isPublicOrganisation(input.organisationId)) {
    return proposeProfile(actor, input, pageLocale);
  }

  return writeInPlace(input, pageLocale);
}
