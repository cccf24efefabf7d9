import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import { organisationContentSchema } from "./content";

// A profile edit no moderator has decided yet, or one sent back for changes:
// saving the form again updates it.
export const OPEN_PROFILE_REVISION: readonly RevisionStatus[] = [
  "PENDING_REVIEW",
  "CHANGES_REQUESTED",
];

/** The proposed edit of the organisation's profile that is still open, if any. */
export async function findOpenProfileRevision(
  organisationId: string,
  client: Prisma.TransactionClient = db,
) {
  const revision = await client.organisationRevision.findFirst({
    where: { organisationId, status: { in: [...OPEN_PROFILE_REVISION] } },
    orderBy: { number: "desc" },
    select: { id: true, status: true, content: true },
  });
  if (!revision) return null;

  return { ...revision, content: organisationContentSchema.parse(revision.content) };
}

export type OpenProfileRevision = Awaited<ReturnType<typeof findOpenProfileRevision>>;

/**
 * Closes an open profile edit that no longer needs a decision. The status in
 * the filter refuses it when a moderator decided in the meantime.
 */
export async function withdrawProfileRevision(
  tx: Prisma.TransactionClient,
  open: NonNullable<OpenProfileRevision>,
) {
  const { count } = await tx.organisationRevision.updateMany({
    where: { id: open.id, status: open.status },
    data: { status: "WITHDRAWN" },
  });
  if (count === 0) throw new AppError("conflict");
}
