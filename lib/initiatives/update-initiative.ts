import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { requireInitiativeAccess, type Actor } from "@/lib/organisations/access";
import { contentFromInput, originalLocaleOf, type InitiativeContent } from "./content";
import { deleteImageFiles, keepImages, storeNewImages } from "./form-images";
import { assertThemesExist } from "./form-reference";
import type { UpdateInitiativeInput } from "./form-schema";
import { freeInitiativeSlug } from "./initiative-slug";
import { proposeRevision } from "./propose-revision";
import { readInitiativeContent } from "./read-content";
import type { SavedInitiative } from "./saved-initiative";
import { contentColumns, writeContentRows } from "./write-content";

const EDITABLE_IN_PLACE: readonly InitiativeStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

async function writeInPlace(
  id: string,
  from: InitiativeStatus,
  content: InitiativeContent,
  submit: boolean,
): Promise<SavedInitiative> {
  return db.$transaction(async (tx) => {
    const status = submit ? "PENDING_REVIEW" : from;
    // The status in the filter refuses a save that raced with a submission
    // or a moderator's decision.
    const { count } = await tx.initiative.updateMany({
      where: { id, status: from },
      data: {
        ...contentColumns(content),
        slug: await freeInitiativeSlug(tx, content, id),
        status,
        ...(submit ? { submittedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new AppError("conflict");

    await writeContentRows(tx, id, content);

    return { id, status, revisionStatus: null };
  });
}

/**
 * Saves the form over an initiative of the actor's organisation. A draft, or
 * one a moderator sent back, changes in place (and goes to review when
 * submitted); a published one keeps its public content and gets a revision.
 * One waiting for review cannot change. Nothing here publishes.
 */
export async function updateInitiative(
  actor: Actor,
  input: UpdateInitiativeInput,
): Promise<SavedInitiative> {
  const access = await requireInitiativeAccess(actor, input.initiativeId);
  if (access.status === "PUBLISHED") return proposeRevision(actor, input);
  if (!EDITABLE_IN_PLACE.includes(access.status)) throw new AppError("conflict");

  await assertThemesExist(input.themes);
  const current = await readInitiativeContent(access.id);
  if (!current) throw new AppError("notFound");

  const { kept, removed } = keepImages(current.images, input);
  const originalLocale = originalLocaleOf(input, current.originalLocale);
  const added = await storeNewImages(input, kept.length, originalLocale);
  const images = [...kept, ...added];
  const content = contentFromInput(input, { originalLocale, images, previousLinks: current.links });

  const saved = await writeInPlace(
    access.id,
    access.status,
    content,
    input.intent === "submit",
  ).catch(async (error: unknown) => {
    await deleteImageFiles(added);
    throw error;
  });
  await deleteImageFiles(removed);

  return saved;
}
