import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { afterDecision } from "./after-decision";
import { currentVersion } from "./current-version";
import type { UnpublishInput } from "./decision-schemas";
import { recordDecision } from "./record-decision";
import { requireDecider } from "./require-decider";

/**
 * Takes a published initiative off every public page at once (all public
 * queries filter on PUBLISHED) and closes its open reports with this
 * decision. Nothing is deleted: a moderator can restore it.
 */
export async function unpublishInitiative(actor: CurrentUser | null, input: UnpublishInput) {
  const moderator = await requireDecider(actor, input.initiativeId);
  const id = input.initiativeId;
  const explanation = { reasonCode: input.reasonCode, message: input.message || null };

  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.initiative.updateMany({
      where: { id, status: "PUBLISHED" },
      data: { status: "UNPUBLISHED" },
    });
    if (count === 0) throw new AppError("alreadyDecided");

    const { content, submittedAt } = await currentVersion(tx, id);
    const decision = await recordDecision(tx, {
      initiativeId: id,
      revisionId: null,
      moderatorId: moderator.id,
      action: "UNPUBLISH",
      fromStatus: "PUBLISHED",
      toStatus: "UNPUBLISHED",
      ...explanation,
      submittedAt,
      content,
    });
    await tx.report.updateMany({
      where: { initiativeId: id, status: "OPEN" },
      data: { status: "RESOLVED", resolvedAt: decision.createdAt, decisionId: decision.id },
    });

    return { decisionId: decision.id, content };
  });

  const { decisionId, content } = decided;
  afterDecision(
    moderator.id,
    { decisionId, initiativeId: id, action: "UNPUBLISH" },
    { kind: "unpublished", edit: false, ...explanation, content },
  );

  return { decisionId };
}
