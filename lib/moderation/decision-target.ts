import type { InitiativeStatus } from "@/lib/generated/prisma/enums";

/**
 * The version a moderator is looking at, as the decision panel needs it.
 * `submittedAt` (ISO) and `revisionId` identify the version: a decision on
 * anything else is refused as already decided.
 */
export type DecisionTarget = {
  initiativeId: string;
  /** The pending edit of a published initiative; null for the initiative itself. */
  revisionId: string | null;
  submittedAt: string | null;
  status: InitiativeStatus;
  openReports: number;
};
