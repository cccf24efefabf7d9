import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { afterDecision } from "./after-decision";
import { currentVersion } from "./current-version";
import type { RestoreInput } from "./decision-schemas";
import { recordDecision } from "./record-decision";
import { requireDecider } from "./require-decider";

/**
 * Puts an unpublished initiative back online as it was. Its first
 * publication date stays, so it returns to its place in the directory.
 */
export async function restoreInitiative(actor: CurrentUser | null, { initiativeId }: RestoreInput) {
  const moderator = await requireDecider(actor, initiativeId);

  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.initiative.updateMany({
      where: { id: initiativeId, status: "UNPUBLISHED" },
      data: { status: "PUBLISHED" },
    });
    if (count === 0) throw new AppError("alreadyDecided");

    const { content, submittedAt } = await currentVersion(tx, initiativeId);
    const decision = await recordDecision(tx, {
      initiativeId,
      revisionId: null,
      moderatorId: moderator.id,
      action: "RESTORE",
      fromStatus: "UNPUBLISHED",
      toStatus: "PUBLISHED",
      reasonCode: null,
      message: null,
      submittedAt,
      content,
    });

    return { decisionId: decision.id, content };
  });

  const { decisionId, content } = decided;
  afterDecision(
    moderator.id,
    { decisionId, initiativeId, action: "RESTORE" },
    { kind: "restored", edit: false, reasonCode: null, message: null, content },
  );

  return { decisionId };
}
