import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// An organisation is public once it has a published initiative; before that
// its page does not exist for visitors.
export const HAS_PUBLISHED = { initiatives: { some: { status: "PUBLISHED" } } } as const;

/** True when the organisation's profile is shown to the public. */
export async function isPublicOrganisation(
  organisationId: string,
  client: Prisma.TransactionClient = db,
): Promise<boolean> {
  const found = await client.organisation.count({
    where: { id: organisationId, ...HAS_PUBLISHED },
  });

  return found > 0;
}
