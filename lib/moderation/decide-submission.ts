import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterDecision } from "./after-decision";
import { currentVersion } from "./current-version";
import type { VersionInput } from "./decision-schemas";
import { recordDecision } from "./record-decision";
import { requireDecider } from "./require-decider";
import { explanationOf, mailKindOf, submissionStatusAfter, type Verdict } from "./verdict";

// A first approval dates the publication; the directory sorts by it.
async function datePublication(tx: Prisma.TransactionClient, id: string) {
  await tx.initiative.updateMany({
    where: { id, publishedAt: null },
    data: { publishedAt: new Date() },
  });
}

/**
 * Decides a new submission (an initiative waiting for review). The status
 * and the submission time in the update's filter make it the one decision
 * on that version: a second moderator, or one who saw an older version, is
 * refused with alreadyDecided and nothing changes.
 */
export async function decideSubmission(
  actor: CurrentUser | null,
  version: VersionInput,
  verdict: Verdict,
) {
  const moderator = await requireDecider(actor, version.initiativeId);
  const id = version.initiativeId;
  const toStatus = submissionStatusAfter(verdict.action);
  const explanation = explanationOf(verdict);

  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.initiative.updateMany({
      where: { id, status: "PENDING_REVIEW", submittedAt: version.submittedAt },
      data: { status: toStatus },
    });
    if (count === 0) throw new AppError("alreadyDecided");

    if (toStatus === "PUBLISHED") await datePublication(tx, id);
    const { content } = await currentVersion(tx, id);
    const decision = await recordDecision(tx, {
      initiativeId: id,
      revisionId: null,
      moderatorId: moderator.id,
      action: verdict.action,
      fromStatus: "PENDING_REVIEW",
      toStatus,
      ...explanation,
      submittedAt: version.submittedAt,
      content,
    });

    return { decisionId: decision.id, content };
  });

  const { decisionId, content } = decided;
  const kind = mailKindOf(verdict.action);
  afterDecision(
    moderator.id,
    { decisionId, initiativeId: id, action: verdict.action },
    { kind, edit: false, ...explanation, content },
  );

  return { decisionId };
}
