import "server-only";
import { db } from "@/lib/db/client";
import { moderatorLabel } from "./moderator-label";

/** Every decision taken on the initiative, newest first, as the log recorded it. */
export async function decisionHistory(initiativeId: string) {
  const decisions = await db.moderationDecision.findMany({
    where: { initiativeId },
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
      moderator: { select: { name: true, email: true } },
    },
  });

  return decisions.map(({ moderator, revision, ...decision }) => ({
    ...decision,
    moderator: moderatorLabel(moderator),
    revisionNumber: revision?.number ?? null,
  }));
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
