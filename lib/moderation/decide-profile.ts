import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { organisationContentSchema, type OrganisationContent } from "@/lib/organisations/content";
import { discardLogo } from "@/lib/organisations/logo";
import { readOrganisationContent } from "@/lib/organisations/read-profile";
import { writeProfile } from "@/lib/organisations/write-profile";
import type { ProfileVersionInput } from "./profile-decision-schemas";
import { announceProfileDecision } from "./profile-decision-mail";
import { recordProfileDecision } from "./record-decision";
import { requireProfileDecider } from "./require-profile-decider";
import { explanationOf, revisionStatusAfter, type Verdict } from "./verdict";

// Nothing matched: a revision of another organisation is not found; one
// that exists was decided, changed or withdrawn since the page was shown.
async function refusal(
  tx: Prisma.TransactionClient,
  { revisionId, organisationId }: ProfileVersionInput,
) {
  const exists = await tx.organisationRevision.count({ where: { id: revisionId, organisationId } });

  return new AppError(exists > 0 ? "alreadyDecided" : "notFound");
}

// The logo file no profile uses once the decision is made: the former public
// one after an approval that changed it, the proposed one after a refusal.
function unusedLogo(verdict: Verdict, former: OrganisationContent, proposed: OrganisationContent) {
  if (former.logoPath === proposed.logoPath) return null;
  if (verdict.action === "APPROVE") return former.logoPath;

  return verdict.action === "REJECT" ? proposed.logoPath : null;
}

/**
 * Decides a proposed edit of an organisation's profile. Approval makes it
 * the public profile in the same transaction as the log entry; a request
 * for changes or a refusal leaves the public profile as it is. The
 * revision's status and submission time in the update's filter make it the
 * one decision on that version.
 */
export async function decideProfileEdit(
  actor: CurrentUser | null,
  version: ProfileVersionInput,
  verdict: Verdict,
) {
  const moderator = await requireProfileDecider(actor, version.organisationId);
  const { organisationId, revisionId, submittedAt } = version;
  const explanation = explanationOf(verdict);

  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.organisationRevision.updateMany({
      where: { id: revisionId, organisationId, status: "PENDING_REVIEW", submittedAt },
      data: { status: revisionStatusAfter(verdict.action) },
    });
    if (count === 0) throw await refusal(tx, version);

    const revision = await tx.organisationRevision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { content: true },
    });
    const content = organisationContentSchema.parse(revision.content);
    const former = await readOrganisationContent(organisationId, tx);
    if (!former) throw new AppError("notFound");

    if (verdict.action === "APPROVE") await writeProfile(tx, organisationId, content);
    const decision = await recordProfileDecision(tx, {
      organisationId,
      organisationRevisionId: revisionId,
      moderatorId: moderator.id,
      action: verdict.action,
      ...explanation,
      submittedAt,
      content,
    });

    return { decisionId: decision.id, content, unused: unusedLogo(verdict, former, content) };
  });

  const { decisionId, content, unused } = decided;
  await discardLogo(unused).catch((error: unknown) => {
    log.error({ err: error, organisationId }, "unused logo not deleted");
  });
  log.info(
    { decisionId, organisationId, action: verdict.action, moderatorId: moderator.id },
    "moderation decision recorded",
  );
  announceProfileDecision({ organisationId, action: verdict.action, ...explanation, content });

  return { decisionId };
}
