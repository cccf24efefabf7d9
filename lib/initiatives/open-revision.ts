import "server-only";
import { db } from "@/lib/db/client";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import { initiativeContentSchema } from "./content";

// A revision that has not been decided yet: editing again updates it.
export const OPEN_REVISION: readonly RevisionStatus[] = [
  "DRAFT",
  "PENDING_REVIEW",
  "CHANGES_REQUESTED",
];

/** The proposed edit of a published initiative that still waits, if any. */
export async function findOpenRevision(initiativeId: string) {
  const revision = await db.initiativeRevision.findFirst({
    where: { initiativeId, status: { in: [...OPEN_REVISION] } },
    orderBy: { number: "desc" },
    select: { id: true, status: true, content: true },
  });
  if (!revision) return null;

  return { ...revision, content: initiativeContentSchema.parse(revision.content) };
}
