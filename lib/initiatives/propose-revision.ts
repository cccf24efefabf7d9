import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/organisations/access";
import { contentFromInput, originalLocaleOf, type InitiativeContent } from "./content";
import { deleteImageFiles, keepImages, storeNewImages } from "./form-images";
import { assertThemesExist } from "./form-reference";
import type { UpdateInitiativeInput } from "./form-schema";
import { findOpenRevision } from "./open-revision";
import { readInitiativeContent } from "./read-content";
import type { SavedInitiative } from "./saved-initiative";

type OpenRevision = Awaited<ReturnType<typeof findOpenRevision>>;

function nextStatus(open: OpenRevision, submit: boolean): RevisionStatus {
  if (submit) return "PENDING_REVIEW";

  return open?.status === "CHANGES_REQUESTED" ? "CHANGES_REQUESTED" : "DRAFT";
}

async function saveRevision(
  initiativeId: string,
  open: OpenRevision,
  content: InitiativeContent,
  { authorId, submit }: { authorId: string | null; submit: boolean },
) {
  const status = nextStatus(open, submit);
  const data = { content, status, authorId, submittedAt: submit ? new Date() : null };

  await db.$transaction(async (tx) => {
    const published = await tx.initiative.count({
      where: { id: initiativeId, status: "PUBLISHED" },
    });
    if (published === 0) throw new AppError("conflict");

    if (open) {
      const { count } = await tx.initiativeRevision.updateMany({
        where: { id: open.id, status: open.status },
        data,
      });
      if (count === 0) throw new AppError("conflict");

      return;
    }

    const last = await tx.initiativeRevision.aggregate({
      where: { initiativeId },
      _max: { number: true },
    });
    await tx.initiativeRevision.create({
      data: { ...data, initiativeId, number: (last._max.number ?? 0) + 1 },
    });
  });

  return status;
}

/**
 * An edit of a published initiative: the public rows stay as they are, and
 * the whole proposed initiative waits as a revision (the open one is updated)
 * until a moderator decides.
 */
export async function proposeRevision(
  actor: Actor,
  input: UpdateInitiativeInput,
): Promise<SavedInitiative> {
  const id = input.initiativeId;
  await assertThemesExist(input.themes);
  const [open, published] = await Promise.all([findOpenRevision(id), readInitiativeContent(id)]);
  if (!published) throw new AppError("notFound");

  const current = open?.content ?? published;
  const { kept, removed } = keepImages(current.images, input);
  const originalLocale = originalLocaleOf(input, current.originalLocale);
  const added = await storeNewImages(input, kept.length, originalLocale);
  const images = [...kept, ...added];
  const content = contentFromInput(input, { originalLocale, images, previousLinks: current.links });

  const options = { authorId: actor?.id ?? null, submit: input.intent === "submit" };
  const revisionStatus = await saveRevision(id, open, content, options).catch(async (error) => {
    await deleteImageFiles(added);
    throw isUniqueViolation(error) ? new AppError("conflict") : error;
  });
  // Files of the public version stay until a moderator approves the change.
  const publicPaths = new Set(published.images.map((image) => image.path));
  await deleteImageFiles(removed.filter((image) => !publicPaths.has(image.path)));

  return { id, status: "PUBLISHED", revisionStatus };
}
