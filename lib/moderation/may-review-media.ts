import "server-only";
import { db } from "@/lib/db/client";
import { initiativesInScope, moderatorScope } from "./scope";

/** Where a stored image is used, as far as moderation goes. */
export type ReviewedUses = {
  /** Initiatives whose version under moderation (not a draft) shows the image. */
  initiativeIds: string[];
  /** Organisations whose logo it is. */
  logoOrganisationIds: string[];
};

/**
 * True when the user moderates an initiative that shows the image, or one of
 * the organisation whose logo it is, once sent for review: moderators must see
 * what they decide on, and drafts stay private to their authors.
 */
export async function mayReviewMedia(userId: string, uses: ReviewedUses): Promise<boolean> {
  if (uses.initiativeIds.length === 0 && uses.logoOrganisationIds.length === 0) return false;

  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true },
  });
  const scope = await moderatorScope(user);
  if (!scope) return false;

  const found = await db.initiative.count({
    where: {
      AND: [
        initiativesInScope(scope),
        {
          OR: [
            { id: { in: uses.initiativeIds } },
            { organisationId: { in: uses.logoOrganisationIds }, status: { not: "DRAFT" } },
          ],
        },
      ],
    },
  });

  return found > 0;
}
