import "server-only";
import { db } from "@/lib/db/client";
import { organisationContentSchema, type OrganisationContent } from "@/lib/organisations/content";
import { readOrganisationContent } from "@/lib/organisations/read-profile";
import type { Comparison } from "./review-comparison";
import { profileDecisionHistory } from "./review-history";
import { diffProfile } from "./profile-diff";
import { isProfileReviewable } from "./profile-scope";
import { reviewOrganisation } from "./review-organisation";
import type { ModeratorScope } from "./scope";

export type ProfileProposal = {
  revisionId: string;
  number: number;
  submittedAt: Date;
  content: OrganisationContent;
};

/** The edit of the organisation's profile that waits for a decision, if any. */
async function pendingProfile(organisationId: string): Promise<ProfileProposal | null> {
  const revision = await db.organisationRevision.findFirst({
    where: { organisationId, status: "PENDING_REVIEW", submittedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, submittedAt: true, content: true },
  });
  const parsed = organisationContentSchema.safeParse(revision?.content);
  if (!revision?.submittedAt || !parsed.success) return null;

  const { id, number, submittedAt } = revision;

  return { revisionId: id, number, submittedAt, content: parsed.data };
}

/**
 * Everything a moderator reads before deciding on an edit of a profile: the
 * public profile and what the edit changes in it, the organisation and its
 * record, and earlier decisions on its profile. Null when the organisation
 * does not exist, lies outside the scope, or never sent an edit for review.
 */
export async function getProfileReview(scope: ModeratorScope, organisationId: string) {
  if (!(await isProfileReviewable(scope, organisationId))) return null;

  const [current, proposal, organisation, decisions] = await Promise.all([
    readOrganisationContent(organisationId),
    pendingProfile(organisationId),
    reviewOrganisation(organisationId),
    profileDecisionHistory(organisationId),
  ]);
  if (!current) return null;

  const comparison: Comparison | null = proposal
    ? { base: "published", baseDecidedAt: null, fields: diffProfile(current, proposal.content) }
    : null;

  return { current, proposal, comparison, organisation, decisions };
}

export type ProfileReview = NonNullable<Awaited<ReturnType<typeof getProfileReview>>>;
