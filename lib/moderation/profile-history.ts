import "server-only";
import { db } from "@/lib/db/client";
import { moderatorLabel } from "./moderator-label";
import type { ReviewDecision } from "./review-history";

/** Every decision on the organisation's profile edits, newest first, as logged. */
export async function profileDecisionHistory(organisationId: string): Promise<ReviewDecision[]> {
  const decisions = await db.moderationDecision.findMany({
    where: { organisationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      reasonCode: true,
      message: true,
      submittedAt: true,
      createdAt: true,
      organisationRevision: { select: { number: true } },
      moderator: { select: { name: true, email: true } },
    },
  });

  return decisions.map(({ moderator, organisationRevision, ...decision }) => ({
    ...decision,
    moderator: moderatorLabel(moderator),
    revisionNumber: organisationRevision?.number ?? null,
  }));
}
