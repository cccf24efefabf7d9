import "server-only";
import { db } from "@/lib/db/client";
import { moderatorLabel } from "./moderator-label";

// Decisions on an initiative name its revision; decisions on a profile edit,
// the organisation's revision. One query serves both logs.
async function decisionsWhere(where: { initiativeId: string } | { organisationId: string }) {
  const decisions = await db.moderationDecision.findMany({
    where,
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
      revision: { select: { number: true } },
      organisationRevision: { select: { number: true } },
      moderator: { select: { name: true, email: true } },
    },
  });

  return decisions.map(({ moderator, revision, organisationRevision, ...decision }) => ({
    ...decision,
    moderator: moderatorLabel(moderator),
    revisionNumber: (revision ?? organisationRevision)?.number ?? null,
  }));
}

/** Every decision taken on the initiative, newest first, as the log recorded it. */
export async function decisionHistory(initiativeId: string) {
  return decisionsWhere({ initiativeId });
}

/** Every decision on the organisation's profile edits, newest first, as logged. */
export async function profileDecisionHistory(organisationId: string) {
  return decisionsWhere({ organisationId });
}

export type ReviewDecision = Awaited<ReturnType<typeof decisionHistory>>[number];

/** The reports from the public that still wait for a moderator, oldest first. */
export async function openReports(initiativeId: string) {
  return db.report.findMany({
    where: { initiativeId, status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, reasonCode: true, text: true, locale: true, createdAt: true },
  });
}

export type ReviewReport = Awaited<ReturnType<typeof openReports>>[number];
