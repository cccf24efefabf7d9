import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { findEditableInitiative } from "@/lib/initiatives/editable-initiative";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import { frenchFields, photo, test, updateInput, type FormWorld } from "./support/initiative-form";

async function publishedInitiative(world: FormWorld) {
  const actors = await world.actors();
  const initiative = await world.initiative({
    title: "Jardin public",
    organisationId: actors.organisation.id,
  });

  return { ...actors, id: initiative.id, slug: initiative.slug };
}

const editOf = (id: string, word: string, extra = {}) =>
  updateInput({
    ...frenchFields(word),
    "translations.fr.title": `Nouveau titre ${word}`,
    intent: "draft",
    initiativeId: id,
    ...extra,
  });

describe("editing a published initiative", () => {
  test("refuses a signed-out visitor and a member of another organisation as not found", async ({
    world,
  }) => {
    const { id, outsider } = await publishedInitiative(world);

    await expect(updateInitiative(null, editOf(id, world.word))).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(updateInitiative(outsider, editOf(id, world.word))).rejects.toMatchObject({
      code: "notFound",
    });
    expect(await db.initiativeRevision.count({ where: { initiativeId: id } })).toBe(0);
  });

  test("keeps the public fields and stores the edit as a draft revision", async ({ world }) => {
    const { id, slug, editor } = await publishedInitiative(world);
    const before = await db.initiative.findUniqueOrThrow({
      where: { id },
      include: { translations: true },
    });

    const saved = await updateInitiative(editor, editOf(id, world.word));
    const after = await db.initiative.findUniqueOrThrow({
      where: { id },
      include: { translations: true },
    });
    const [revision] = await db.initiativeRevision.findMany({ where: { initiativeId: id } });

    expect(saved).toMatchObject({ status: "PUBLISHED", revisionStatus: "DRAFT" });
    expect(after.translations).toEqual(before.translations);
    expect(after).toMatchObject({
      slug,
      status: "PUBLISHED",
      searchTitle: before.searchTitle,
      searchSummary: before.searchSummary,
      searchBody: before.searchBody,
    });
    expect(revision).toMatchObject({ number: 1, status: "DRAFT", authorId: editor.id });
    expect(revision?.content).toMatchObject({
      translations: [{ locale: "fr", title: `Nouveau titre ${world.word}` }],
      city: "Marrakech",
      themeSlugs: ["agriculture"],
    });
  });

  test("updates the same waiting revision when the owner edits again and submits", async ({
    world,
  }) => {
    const { id, owner } = await publishedInitiative(world);

    await updateInitiative(owner, editOf(id, world.word));
    const saved = await updateInitiative(
      owner,
      editOf(id, world.word, { city: "Ourika", intent: "submit" }),
    );
    const revisions = await db.initiativeRevision.findMany({ where: { initiativeId: id } });

    expect(saved.revisionStatus).toBe("PENDING_REVIEW");
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "PENDING_REVIEW", content: { city: "Ourika" } });
    expect(revisions[0]?.submittedAt).toBeInstanceOf(Date);
    expect((await db.initiative.findUniqueOrThrow({ where: { id } })).city).toBeNull();
  });

  test("keeps new images in the revision only, and the edit form shows them", async ({ world }) => {
    const { id, owner } = await publishedInitiative(world);

    await updateInitiative(
      owner,
      editOf(id, world.word, { "images.0.file": await photo(), "images.0.alt": "Nouvelle photo" }),
    );
    const editable = await findEditableInitiative(owner, id, "fr");

    expect(await db.initiativeImage.count({ where: { initiativeId: id } })).toBe(0);
    expect(editable?.revisionStatus).toBe("DRAFT");
    expect(editable?.content.images).toEqual([
      expect.objectContaining({ altText: "Nouvelle photo" }),
    ]);
  });

  test("opens a new revision once the previous one was decided", async ({ world }) => {
    const { id, owner } = await publishedInitiative(world);
    await updateInitiative(owner, editOf(id, world.word));
    await db.initiativeRevision.updateMany({
      where: { initiativeId: id },
      data: { status: "APPROVED" },
    });

    await updateInitiative(owner, editOf(id, world.word));

    const numbers = await db.initiativeRevision.findMany({
      where: { initiativeId: id },
      select: { number: true, status: true },
      orderBy: { number: "asc" },
    });
    expect(numbers).toEqual([
      { number: 1, status: "APPROVED" },
      { number: 2, status: "DRAFT" },
    ]);
  });

  test("shows nothing of the edit form to a member of another organisation", async ({ world }) => {
    const { id, outsider, owner } = await publishedInitiative(world);

    await expect(findEditableInitiative(outsider, id, "fr")).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(findEditableInitiative(null, id, "fr")).rejects.toMatchObject({
      code: "notFound",
    });
    expect((await findEditableInitiative(owner, id, "fr"))?.status).toBe("PUBLISHED");
  });
});
