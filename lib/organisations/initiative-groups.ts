import type { InitiativeStatus, ModerationAction } from "@/lib/generated/prisma/enums";

// My space lists first what waits for the association, then the rest.
export const STATUS_ORDER = [
  "CHANGES_REQUESTED",
  "DRAFT",
  "PENDING_REVIEW",
  "PUBLISHED",
  "REJECTED",
  "ARCHIVED",
] as const satisfies readonly InitiativeStatus[];

// The decision that explains a status, for the statuses that need one.
const EXPLAINED_BY: Partial<Record<InitiativeStatus, ModerationAction>> = {
  CHANGES_REQUESTED: "REQUEST_CHANGES",
  REJECTED: "REJECT",
};

export type Decision = {
  initiativeId: string;
  action: ModerationAction;
  reasonCode: string | null;
  message: string | null;
  createdAt: Date;
};

export type Feedback = Pick<Decision, "reasonCode" | "message" | "createdAt">;

/** The latest decision that explains the initiative's status, if any. */
export function feedbackFor(
  initiative: { id: string; status: InitiativeStatus },
  decisionsNewestFirst: readonly Decision[],
): Feedback | null {
  const action = EXPLAINED_BY[initiative.status];
  if (!action) return null;

  const decision = decisionsNewestFirst.find(
    (candidate) => candidate.initiativeId === initiative.id && candidate.action === action,
  );

  return decision
    ? { reasonCode: decision.reasonCode, message: decision.message, createdAt: decision.createdAt }
    : null;
}

/** Initiatives by status in My space's order; statuses without any are left out. */
export function groupByStatus<T extends { status: InitiativeStatus }>(initiatives: readonly T[]) {
  return STATUS_ORDER.map((status) => ({
    status,
    initiatives: initiatives.filter((initiative) => initiative.status === status),
  })).filter((group) => group.initiatives.length > 0);
}
