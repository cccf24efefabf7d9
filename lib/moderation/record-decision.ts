import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeStatus, ModerationAction } from "@/lib/generated/prisma/enums";
import type { InitiativeContent } from "@/lib/initiatives/content";
import type { OrganisationContent } from "@/lib/organisations/content";

export type DecisionRecord = {
  initiativeId: string;
  revisionId: string | null;
  moderatorId: string;
  action: ModerationAction;
  fromStatus: InitiativeStatus;
  toStatus: InitiativeStatus;
  reasonCode: string | null;
  message: string | null;
  /** When the decided version was sent for review. */
  submittedAt: Date | null;
  /** The decided version as the moderator saw it. */
  content: InitiativeContent;
};

/** Appends a decision to the log, inside the transaction that makes the change. */
export async function recordDecision(tx: Prisma.TransactionClient, record: DecisionRecord) {
  return tx.moderationDecision.create({ data: record, select: { id: true, createdAt: true } });
}

export type ProfileDecisionRecord = {
  organisationId: string;
  organisationRevisionId: string;
  moderatorId: string;
  action: ModerationAction;
  reasonCode: string | null;
  message: string | null;
  /** When the decided edit was sent for review. */
  submittedAt: Date;
  /** The decided profile as the moderator saw it. */
  content: OrganisationContent;
};

/** Appends a decision about a profile edit to the same log, inside its transaction. */
export async function recordProfileDecision(
  tx: Prisma.TransactionClient,
  record: ProfileDecisionRecord,
) {
  return tx.moderationDecision.create({ data: record, select: { id: true, createdAt: true } });
}
