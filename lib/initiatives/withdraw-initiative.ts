import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { requireInitiativeAccess, type Actor } from "@/lib/organisations/access";
import type { SavedInitiative } from "./saved-initiative";

/** Takes an initiative waiting for review back to draft, so it can change again. */
export async function withdrawInitiative(
  actor: Actor,
  initiativeId: string,
): Promise<SavedInitiative> {
  const access = await requireInitiativeAccess(actor, initiativeId);

  const { count } = await db.initiative.updateMany({
    where: { id: access.id, status: "PENDING_REVIEW" },
    data: { status: "DRAFT", submittedAt: null },
  });
  if (count === 0) throw new AppError("conflict");

  return { id: access.id, status: "DRAFT", revisionStatus: null };
}
