import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Locale } from "@/lib/generated/prisma/enums";
import { requireInitiativeAccess, requireMembership, type Actor } from "@/lib/organisations/access";
import { contentFromInput, originalLocaleOf, type InitiativeContent } from "./content";
import { deleteImageFiles, storeNewImages } from "./form-images";
import { assertThemesExist } from "./form-reference";
import type { CreateInitiativeInput } from "./form-schema";
import { freeInitiativeSlug } from "./initiative-slug";
import type { SavedInitiative } from "./saved-initiative";
import { contentColumns, writeContentRows } from "./write-content";

const SLUG_ATTEMPTS = 3;

async function earlierCreation(actor: Actor, clientToken: string): Promise<SavedInitiative | null> {
  const earlier = await db.initiative.findUnique({ where: { clientToken }, select: { id: true } });
  if (!earlier) return null;

  const { id, status } = await requireInitiativeAccess(actor, earlier.id);

  return { id, status, revisionStatus: null };
}

async function insertInitiative(
  actor: Actor,
  input: CreateInitiativeInput,
  content: InitiativeContent,
): Promise<SavedInitiative> {
  const submitted = input.intent === "submit";

  const created = await db.$transaction(async (tx) => {
    const initiative = await tx.initiative.create({
      data: {
        ...contentColumns(content),
        slug: await freeInitiativeSlug(tx, content),
        organisationId: input.organisationId,
        status: submitted ? "PENDING_REVIEW" : "DRAFT",
        submittedAt: submitted ? new Date() : null,
        createdById: actor?.id ?? null,
        clientToken: input.clientToken,
      },
      select: { id: true, status: true },
    });
    await writeContentRows(tx, initiative.id, content);

    return initiative;
  });

  return { ...created, revisionStatus: null };
}

// Two different initiatives may pick the same free slug at the same moment;
// the one that loses tries again with the next free one.
async function insertWithSlugRetry(...args: Parameters<typeof insertInitiative>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertInitiative(...args);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === SLUG_ATTEMPTS) throw error;

      const tokenTaken = await db.initiative.count({ where: { clientToken: args[1].clientToken } });
      if (tokenTaken > 0) throw error;
    }
  }
}

/**
 * Creates an initiative of the actor's organisation, as a draft or submitted
 * for review. The form's clientToken makes a resent form or a double click
 * answer with the initiative the first one created, even when both arrive
 * at the same time (the unique constraint decides).
 */
export async function createInitiative(
  actor: Actor,
  input: CreateInitiativeInput,
  pageLocale: Locale,
): Promise<SavedInitiative> {
  await requireMembership(actor, input.organisationId);

  const earlier = await earlierCreation(actor, input.clientToken);
  if (earlier) return earlier;

  await assertThemesExist(input.themes);
  const originalLocale = originalLocaleOf(input, pageLocale);
  const images = await storeNewImages(input, 0, originalLocale);
  const content = contentFromInput(input, { originalLocale, images, previousLinks: [] });

  try {
    return await insertWithSlugRetry(actor, input, content);
  } catch (error) {
    await deleteImageFiles(images);
    const first = isUniqueViolation(error) ? await earlierCreation(actor, input.clientToken) : null;
    if (first) return first;

    throw error;
  }
}
