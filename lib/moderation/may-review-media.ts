import "server-only";
import { db } from "@/lib/db/client";
import { profileRevisionsInScope } from "./profile-scope";
import { initiativesInScope, moderatorScope, type ModeratorScope } from "./scope";

/** Where a stored image is used, as far as moderation goes. */
export type ReviewedUses = {
  /** Initiatives whose version under moderation (not a draft) shows the image. */
  initiativeIds: string[];
  /** Organisations whose logo it is. */
  logoOrganisationIds: string[];
  /** Profile edits sent for review that propose it as the logo. */
  profileRevisionIds: string[];
};

// A moderator whose regions cover a profile edit sees the logo it proposes.
async function reviewsProfileEdit(scope: ModeratorScope, revisionIds: string[]) {
  if (revisionIds.length === 0) return false;

  const found = await db.organisationRevision.count({
    where: { AND: [{ id: { in: revisionIds } }, profileRevisionsInScope(scope)] },
  });

  return found > 0;
}

/**
 * True when the user moderates an initiative that shows the image, one of
 * the organisation whose logo it is, or a profile edit that proposes it, once
 * sent for review: moderators must see what they decide on, and drafts stay
 * private to their authors.
 */
export async function mayReviewMedia(userId: string, uses: ReviewedUses): Promise<boolean> {
  const { initiativeIds, logoOrganisationIds, profileRevisionIds } = uses;
  if ([initiativeIds, logoOrganisationIds, profileRevisionIds].every((ids) => ids.length === 0)) {
    return false;
  }

  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true },
  });
  const scope = await moderatorScope(user);
  if (!scope) return false;
  if (await reviewsProfileEdit(scope, profileRevisionIds)) return true;

  const found = await db.initiative.count({
    where: {
      AND: [
        initiativesInScope(scope),
        {
          OR: [
            { id: { in: initiativeIds } },
            { organisationId: { in: logoOrganisationIds }, status: { not: "DRAFT" } },
          ],
        },
      ],
    },
  });

  return found > 0;
}
