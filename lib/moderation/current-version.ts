import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readInitiativeContent } from "@/lib/initiatives/read-content";

/** The initiative's own version as the transaction sees it: its content and when it was sent. */
export async function currentVersion(tx: Prisma.TransactionClient, initiativeId: string) {
  // One query after the other: a transaction runs on a single connection.
  const content = await readInitiativeContent(initiativeId, tx);
  const row = await tx.initiative.findUnique({
    where: { id: initiativeId },
    select: { submittedAt: true },
  });
  if (!content || !row) throw new AppError("notFound");

  return { content, submittedAt: row.submittedAt };
}
