import "server-only";
import { db } from "@/lib/db/client";
import { readInitiativeContent } from "@/lib/initiatives/read-content";
import type { DecisionTarget } from "./decision-target";
import { comparisonFor, pendingProposal, type Proposal } from "./review-comparison";
import { decisionHistory, openReports } from "./review-history";
import { reviewOrganisation } from "./review-organisation";
import { isInScope, type ModeratorScope } from "./scope";

async function readInitiative(id: string) {
  return db.initiative.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      organisationId: true,
      datePrecision: true,
      submittedAt: true,
      publishedAt: true,
      createdAt: true,
    },
  });
}

type Decided = { id: string; status: DecisionTarget["status"]; submittedAt: Date | null };

// The version a decision is about: the edit when one waits, else the
// initiative as it was last sent for review.
function decisionTarget(initiative: Decided, proposal: Proposal | null, reports: number) {
  const submittedAt = proposal ? proposal.submittedAt : initiative.submittedAt;

  return {
    initiativeId: initiative.id,
    revisionId: proposal?.revisionId ?? null,
    submittedAt: submittedAt?.toISOString() ?? null,
    status: initiative.status,
    openReports: reports,
  } satisfies DecisionTarget;
}

/**
 * Everything a moderator reads before deciding on one initiative: its
 * content in every language written, the edit waiting and what it changes,
 * the organisation and its record, earlier decisions and open reports.
 * Null when the initiative does not exist or lies outside the scope.
 */
export async function getReview(scope: ModeratorScope, initiativeId: string) {
  if (!(await isInScope(scope, initiativeId))) return null;

  const [initiative, content, proposal] = await Promise.all([
    readInitiative(initiativeId),
    readInitiativeContent(initiativeId),
    pendingProposal(initiativeId),
  ]);
  if (!initiative || !content) return null;

  const [organisation, decisions, reports, comparison] = await Promise.all([
    reviewOrganisation(initiative.organisationId),
    decisionHistory(initiativeId),
    openReports(initiativeId),
    comparisonFor({ ...initiative, content }, proposal),
  ]);

  return {
    initiative,
    content,
    proposal,
    comparison,
    organisation,
    decisions,
    reports,
    target: decisionTarget(initiative, proposal, reports.length),
  };
}

export type Review = NonNullable<Awaited<ReturnType<typeof getReview>>>;
