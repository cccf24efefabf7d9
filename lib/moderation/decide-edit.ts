import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { initiativeContentSchema, type ContentImage } from "@/lib/initiatives/content";
import { deleteImageFiles } from "@/lib/initiatives/form-images";
import { log } from "@/lib/log";
import { afterDecision } from "./after-decision";
import { applyRevision } from "./apply-revision";
import type { VersionInput } from "./decision-schemas";
import { recordDecision } from "./record-decision";
import { requireDecider } from "./require-decider";
import { explanationOf, mailKindOf, revisionStatusAfter, type Verdict } from "./verdict";

type EditVersion = VersionInput & { revisionId: string };

// Nothing matched: a revision of another initiative is not found; one that
// exists was decided, changed or withdrawn since the page was shown.
async function refusal(tx: Prisma.TransactionClient, { revisionId, initiativeId }: EditVersion) {
  const exists = await tx.initiativeRevision.count({ where: { id: revisionId, initiativeId } });

  return new AppError(exists > 0 ? "alreadyDecided" : "notFound");
}

// An edit is decided only while its initiative is public; the public
// version stays, so no image of it becomes unused.
async function keepPublicVersion(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<ContentImage[]> {
  const published = await tx.initiative.count({ where: { id, status: "PUBLISHED" } });
  if (published === 0) throw new AppError("alreadyDecided");

  return [];
}

/**
 * Decides a proposed edit of a published initiative. Approval replaces the
 * public version with the edit; a request for changes or a refusal leaves
 * the public version as it is. The revision's status and submission time in
 * the update's filter make it the one decision on that version.
 */
export async function decideEdit(
  actor: CurrentUser | null,
  version: EditVersion,
  verdict: Verdict,
) {
  const moderator = await requireDecider(actor, version.initiativeId);
  const { initiativeId, revisionId, submittedAt } = version;
  const explanation = explanationOf(verdict);

  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.initiativeRevision.updateMany({
      where: { id: revisionId, initiativeId, status: "PENDING_REVIEW", submittedAt },
      data: { status: revisionStatusAfter(verdict.action) },
    });
    if (count === 0) throw await refusal(tx, version);

    const revision = await tx.initiativeRevision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { content: true },
    });
    const content = initiativeContentSchema.parse(revision.content);
    const unused =
      verdict.action === "APPROVE"
        ? await applyRevision(tx, initiativeId, content, submittedAt)
        : await keepPublicVersion(tx, initiativeId);
    const decision = await recordDecision(tx, {
      initiativeId,
      revisionId,
      moderatorId: moderator.id,
      action: verdict.action,
      fromStatus: "PUBLISHED",
      toStatus: "PUBLISHED",
      ...explanation,
      submittedAt,
      content,
    });

    return { decisionId: decision.id, content, unused };
  });

  const { decisionId, content, unused } = decided;
  await deleteImageFiles(unused).catch((error: unknown) => {
    log.error({ err: error, initiativeId }, "unused images not deleted");
  });
  const kind = mailKindOf(verdict.action);
  afterDecision(
    moderator.id,
    { decisionId, initiativeId, action: verdict.action },
    { kind, edit: true, ...explanation, content },
  );

  return { decisionId };
}
