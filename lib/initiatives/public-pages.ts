import "server-only";
import type { ChangedPages } from "@/lib/cache/public-paths";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "./published";

/** The pages an initiative and its organisation have, whatever its status. */
export async function findInitiativePages(initiativeId: string): Promise<ChangedPages | null> {
  const found = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: { slug: true, organisation: { select: { slug: true } } },
  });
  if (!found) return null;

  return { initiativeSlugs: [found.slug], organisationSlugs: [found.organisation.slug] };
}

/** An organisation's page and the pages of its published initiatives, which name it. */
export async function findOrganisationPages(organisationId: string): Promise<ChangedPages | null> {
  const found = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { slug: true, initiatives: { where: PUBLISHED, select: { slug: true } } },
  });
  if (!found) return null;

  return {
    initiativeSlugs: found.initiatives.map(({ slug }) => slug),
    organisationSlugs: [found.slug],
  };
}
