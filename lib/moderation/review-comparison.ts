import "server-only";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { initiativeContentSchema, type InitiativeContent } from "@/lib/initiatives/content";
import { diffContent, type FieldDiff } from "./diff";

export type Proposal = {
  revisionId: string;
  number: number;
  submittedAt: Date | null;
  content: InitiativeContent;
};

/**
 * What the review compares: an edit against the public version, or a
 * resubmission against the version the moderator sent back.
 */
export type Comparison = {
  base: "published" | "changesRequested";
  /** When the base version was decided on (the request for changes). */
  baseDecidedAt: Date | null;
  fields: FieldDiff[];
};

/** The edit of a published initiative that waits for a decision, if any. */
export async function pendingProposal(initiativeId: string): Promise<Proposal | null> {
  const revision = await db.initiativeRevision.findFirst({
    where: { initiativeId, status: "PENDING_REVIEW", initiative: { status: "PUBLISHED" } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, submittedAt: true, content: true },
  });
  const parsed = initiativeContentSchema.safeParse(revision?.content);
  if (!revision || !parsed.success) return null;

  return { ...revision, revisionId: revision.id, content: parsed.data };
}

async function sentBackVersion(initiativeId: string) {
  const decision = await db.moderationDecision.findFirst({
    where: { initiativeId, revisionId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, content: true, createdAt: true },
  });
  if (decision?.action !== "REQUEST_CHANGES") return null;

  const parsed = initiativeContentSchema.safeParse(decision.content);

  return parsed.success ? { content: parsed.data, decidedAt: decision.createdAt } : null;
}

type Subject = { id: string; status: InitiativeStatus; content: InitiativeContent };

export async function comparisonFor(
  initiative: Subject,
  proposal: Proposal | null,
): Promise<Comparison | null> {
  if (proposal) {
    const fields = diffContent(initiative.content, proposal.content);

    return { base: "published", baseDecidedAt: null, fields };
  }
  if (initiative.status !== "PENDING_REVIEW") return null;

  const sentBack = await sentBackVersion(initiative.id);
  if (!sentBack) return null;

  return {
    base: "changesRequested",
    baseDecidedAt: sentBack.decidedAt,
    fields: diffContent(sentBack.content, initiative.content),
  };
}
