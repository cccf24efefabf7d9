import "server-only";
import { db } from "@/lib/db/client";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import type { Feedback } from "./initiative-groups";

// The states of a profile edit the association must know about; an approved
// or withdrawn edit has nothing more to say.
const SHOWN = ["PENDING_REVIEW", "CHANGES_REQUESTED", "REJECTED"] as const;

type ShownStatus = (typeof SHOWN)[number];

export type ProfileEditState = { status: ShownStatus; feedback: Feedback | null };

type Latest = { id: string; status: RevisionStatus };

const isShown = (status: RevisionStatus): status is ShownStatus =>
  (SHOWN as readonly RevisionStatus[]).includes(status);

const EXPLAINED_BY = { CHANGES_REQUESTED: "REQUEST_CHANGES", REJECTED: "REJECT" } as const;

async function explainingDecisions(revisionIds: string[]) {
  if (revisionIds.length === 0) return [];

  return db.moderationDecision.findMany({
    where: {
      organisationRevisionId: { in: revisionIds },
      action: { in: ["REQUEST_CHANGES", "REJECT"] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      organisationRevisionId: true,
      action: true,
      reasonCode: true,
      message: true,
      createdAt: true,
    },
  });
}

const pick = ({ action, reasonCode, message, createdAt }: Omit<Feedback, "edit">) => ({
  action,
  reasonCode,
  message,
  createdAt,
});

/**
 * Where each organisation's latest profile edit stands, keyed by revision id,
 * with the moderator's explanation when it was sent back or refused.
 */
export async function profileEditStates(latest: Latest[]) {
  const shown = latest.filter((revision) => isShown(revision.status));
  const decisions = await explainingDecisions(shown.map((revision) => revision.id));

  return new Map(
    shown.flatMap(({ id, status }) => {
      if (!isShown(status)) return [];

      const wanted = status === "PENDING_REVIEW" ? null : EXPLAINED_BY[status];
      const decision = decisions.find(
        (candidate) => candidate.organisationRevisionId === id && candidate.action === wanted,
      );
      const feedback: Feedback | null = decision ? { ...pick(decision), edit: false } : null;

      return [[id, { status, feedback } satisfies ProfileEditState] as const];
    }),
  );
}
