import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { currentVersion } from "./current-version";
import type { DismissReportsInput } from "./decision-schemas";
import { afterDecision } from "./after-decision";
import { recordDecision } from "./record-decision";
import { requireDecider } from "./require-decider";

/**
 * Closes the open reports on a published initiative that stays public. Only
 * reports the moderator could have read (sent before the page was shown)
 * are closed; none left means someone else dealt with them first. The
 * association is not told: it never saw the reports.
 */
export async function dismissReports(actor: CurrentUser | null, input: DismissReportsInput) {
  const moderator = await requireDecider(actor, input.initiativeId);
  const id = input.initiativeId;

  const decisionId = await db.$transaction(async (tx) => {
    const published = await tx.initiative.count({ where: { id, status: "PUBLISHED" } });
    if (published === 0) throw new AppError("alreadyDecided");

    const { content, submittedAt } = await currentVersion(tx, id);
    const decision = await recordDecision(tx, {
      initiativeId: id,
      revisionId: null,
      moderatorId: moderator.id,
      action: "DISMISS_REPORTS",
      fromStatus: "PUBLISHED",
      toStatus: "PUBLISHED",
      reasonCode: null,
      message: null,
      submittedAt,
      content,
    });
    // A concurrent dismissal or unpublication waits on these rows, then finds none open.
    const { count } = await tx.report.updateMany({
      where: { initiativeId: id, status: "OPEN", createdAt: { lte: input.shownAt } },
      data: { status: "DISMISSED", resolvedAt: decision.createdAt, decisionId: decision.id },
    });
    if (count === 0) throw new AppError("alreadyDecided");

    return decision.id;
  });

  // No mail: the association never saw the reports.
  afterDecision(moderator.id, { decisionId, initiativeId: id, action: "DISMISS_REPORTS" });

  return { decisionId };
}
