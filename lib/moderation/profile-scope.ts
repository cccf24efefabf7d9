import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModeratorScope } from "./scope";

// The region a profile edit proposes, read from its JSON content.
const proposesRegion = (code: string): Prisma.OrganisationRevisionWhereInput => ({
  content: { path: ["regionCode"], equals: code },
});

/**
 * The profile edits a scope covers: those of an organisation whose region is
 * in it, or that propose a region in it. An organisation with no region is
 * for moderators of every region only.
 */
export function profileRevisionsInScope(
  scope: ModeratorScope,
): Prisma.OrganisationRevisionWhereInput {
  if (scope.all) return {};

  return {
    OR: [
      { organisation: { regionCode: { in: scope.regionCodes } } },
      ...scope.regionCodes.map(proposesRegion),
    ],
  };
}

/** The organisations a scope covers, by their region or one an edit of theirs proposed. */
export function organisationsInScope(scope: ModeratorScope): Prisma.OrganisationWhereInput {
  if (scope.all) return {};

  return {
    OR: [
      { regionCode: { in: scope.regionCodes } },
      { revisions: { some: { OR: scope.regionCodes.map(proposesRegion) } } },
    ],
  };
}

/** True when the organisation exists and the scope covers it. */
export async function isOrganisationInScope(scope: ModeratorScope, organisationId: string) {
  const found = await db.organisation.count({
    where: { AND: [{ id: organisationId }, organisationsInScope(scope)] },
  });

  return found > 0;
}

/**
 * True when the scope covers the organisation and an edit of its profile has
 * been sent for review at least once: only then has it a review page.
 */
export async function isProfileReviewable(scope: ModeratorScope, organisationId: string) {
  const found = await db.organisation.count({
    where: {
      AND: [
        { id: organisationId, revisions: { some: { status: { not: "DRAFT" } } } },
        organisationsInScope(scope),
      ],
    },
  });

  return found > 0;
}
