import type {
  InitiativeStatus,
  ModerationAction,
  RevisionStatus,
} from "@/lib/generated/prisma/enums";

// My space lists first what waits for the association, then the rest.
export const STATUS_ORDER = [
  "CHANGES_REQUESTED",
  "DRAFT",
  "PENDING_REVIEW",
  "PUBLISHED",
  "UNPUBLISHED",
  "REJECTED",
  "ARCHIVED",
] as const satisfies readonly InitiativeStatus[];

// The decision that explains a status, for the statuses that need one.
const EXPLAINED_BY: Partial<Record<InitiativeStatus, ModerationAction>> = {
  CHANGES_REQUESTED: "REQUEST_CHANGES",
  REJECTED: "REJECT",
  UNPUBLISHED: "UNPUBLISH",
};

// A published initiative whose latest edit was sent back or refused keeps
// its public version; the association still needs to read why.
const EDIT_EXPLAINED_BY: Partial<Record<RevisionStatus, ModerationAction>> = {
  CHANGES_REQUESTED: "REQUEST_CHANGES",
  REJECTED: "REJECT",
};

export type Decision = {
  initiativeId: string | null;
  revisionId: string | null;
  action: ModerationAction;
  reasonCode: string | null;
  message: string | null;
  createdAt: Date;
};

export type Feedback = Pick<Decision, "action" | "reasonCode" | "message" | "createdAt"> & {
  /** True when it explains a decision on an edit, not on the initiative itself. */
  edit: boolean;
};

type Explained = {
  id: string;
  status: InitiativeStatus;
  latestRevision?: { id: string; status: RevisionStatus } | null;
};

function explanation(initiative: Explained) {
  const action = EXPLAINED_BY[initiative.status];
  if (action) return { action, revisionId: null };

  const revision = initiative.latestRevision;
  const editAction = revision && EDIT_EXPLAINED_BY[revision.status];
  if (initiative.status !== "PUBLISHED" || !revision || !editAction) return null;

  return { action: editAction, revisionId: revision.id };
}

/** The latest decision that explains the initiative's status or its latest edit, if any. */
export function feedbackFor(
  initiative: Explained,
  decisionsNewestFirst: readonly Decision[],
): Feedback | null {
  const wanted = explanation(initiative);
  if (!wanted) return null;

  const decision = decisionsNewestFirst.find(
    (candidate) =>
      candidate.initiativeId === initiative.id &&
      candidate.action === wanted.action &&
      candidate.revisionId === wanted.revisionId,
  );
  if (!decision) return null;

  const { action, reasonCode, message, createdAt } = decision;

  return { action, reasonCode, message, createdAt, edit: wanted.revisionId !== null };
}

/** Initiatives by status in My space's order; statuses without any are left out. */
export function groupByStatus<T extends { status: InitiativeStatus }>(initiatives: readonly T[]) {
  return STATUS_ORDER.map((status) => ({
    status,
    initiatives: initiatives.filter((initiative) => initiative.status === status),
  })).filter((group) => group.initiatives.length > 0);
}
