import "server-only";
import { db } from "@/lib/db/client";
import { requireMembership, type Actor } from "./access";

/** An organisation's profile as its form shows it, for its owners and editors. */
export async function getEditableOrganisation(actor: Actor, organisationId: string) {
  const role = await requireMembership(actor, organisationId);
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
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

  return { ...organisation, role };
}

export type EditableOrganisation = Awaited<ReturnType<typeof getEditableOrganisation>>;
