import type { InitiativeStatus, RevisionStatus } from "@/lib/generated/prisma/enums";
import type { DecisionMailKind } from "./decision-mail-parts";
import type { ModerationReason } from "./reasons";

/** What a moderator decides about a version waiting for review. */
export type Verdict =
  | { action: "APPROVE" }
  | { action: "REQUEST_CHANGES"; message: string }
  | { action: "REJECT"; reasonCode: ModerationReason; message: string | null };

export type VerdictAction = Verdict["action"];

const SUBMISSION_STATUS = {
  APPROVE: "PUBLISHED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  REJECT: "REJECTED",
} as const satisfies Record<VerdictAction, InitiativeStatus>;

const REVISION_STATUS = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  REJECT: "REJECTED",
} as const satisfies Record<VerdictAction, RevisionStatus>;

/** The status of a new submission after the verdict. */
export function submissionStatusAfter(action: VerdictAction): InitiativeStatus {
  return SUBMISSION_STATUS[action];
}

/** The status of a proposed edit after the verdict; the public version stays PUBLISHED. */
export function revisionStatusAfter(action: VerdictAction): RevisionStatus {
  return REVISION_STATUS[action];
}

/** The reason and message a verdict records, null where it has none. */
export function explanationOf(verdict: Verdict) {
  return {
    reasonCode: verdict.action === "REJECT" ? verdict.reasonCode : null,
    message: verdict.action === "APPROVE" ? null : verdict.message || null,
  };
}

const MAIL_KIND = {
  APPROVE: "approved",
  REQUEST_CHANGES: "changesRequested",
  REJECT: "rejected",
} as const satisfies Record<VerdictAction, DecisionMailKind>;

/** The mail the association gets for the verdict. */
export function mailKindOf(action: VerdictAction): DecisionMailKind {
  return MAIL_KIND[action];
}
