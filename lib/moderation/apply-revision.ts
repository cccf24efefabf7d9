import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentImage, InitiativeContent } from "@/lib/initiatives/content";
import { contentColumns, writeContentRows } from "@/lib/initiatives/write-content";

const imageSelect = {
  path: true,
  width: true,
  height: true,
  bytes: true,
  altText: true,
  altLocale: true,
} as const;

/**
 * Makes an approved edit the public version of a published initiative. The
 * slug stays, so shared links keep working. Answers the images of the former
 * public version that the new one no longer uses, to delete once committed.
 */
export async function applyRevision(
  tx: Prisma.TransactionClient,
  initiativeId: string,
  content: InitiativeContent,
  submittedAt: Date,
): Promise<ContentImage[]> {
  // The status in the filter also locks the row against an unpublication;
  // the row's submission time becomes the edit's, as it now describes it.
  const { count } = await tx.initiative.updateMany({
    where: { id: initiativeId, status: "PUBLISHED" },
    data: { ...contentColumns(content), submittedAt },
  });
  if (count === 0) throw new AppError("alreadyDecided");

  const former = await tx.initiativeImage.findMany({
    where: { initiativeId },
    select: imageSelect,
  });
  await writeContentRows(tx, initiativeId, content);
  const used = new Set(content.images.map((image) => image.path));

  return former.filter((image) => !used.has(image.path));
}
