import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { readStoredImage } from "@/lib/images/storage";
import { findEditableInitiative } from "@/lib/initiatives/editable-initiative";
import { findOpenRevision } from "@/lib/initiatives/open-revision";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { approveVersion, rejectVersion, requestChanges } from "@/lib/moderation/pending-decisions";
import { getMySpace } from "@/lib/organisations/my-space";
import { photo } from "./support/initiative-form";
import { test, type ModerationWorld } from "./support/moderation";

async function pendingEdit(world: ModerationWorld) {
  const association = await world.association();
  const published = await world.published(association);
  const edit = await world.edit(published.initiativeId, association.editor);

  return { association, published, edit };
}

async function publicTitle(slug: string) {
  const detail = await getPublishedInitiative(slug);

  return detail?.translations.find((translation) => translation.locale === "fr")?.title;
}

async function myItem(association: { owner: { id: string } }) {
  const [space] = await getMySpace(association.owner);

  return space?.groups.flatMap((group) => group.initiatives)[0];
}

describe("deciding an edit of a published initiative", () => {
  test("replaces the public version on approval, at the same address", async ({ world }) => {
    const { published, edit } = await pendingEdit(world);
    const moderator = await world.moderator(["MA-07"]);
    const before = await db.initiative.findUniqueOrThrow({ where: { id: edit.initiativeId } });

    await approveVersion(moderator, edit);
    const after = await db.initiative.findUniqueOrThrow({ where: { id: edit.initiativeId } });
    const revision = await db.initiativeRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });

    expect(await publicTitle(published.slug)).toBe(`Jardin agrandi ${world.word}`);
    expect(after).toMatchObject({ slug: published.slug, status: "PUBLISHED", city: "Ourika" });
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.searchTitle).toContain("agrandi");
    expect(revision.status).toBe("APPROVED");
    expect((await findPublishedInitiatives({ q: `agrandi ${world.word}`, page: 1 })).total).toBe(1);
    expect(await findOpenRevision(edit.initiativeId)).toBeNull();
  });

  test("records the edit's revision and content in the decision", async ({ world }) => {
    const { edit } = await pendingEdit(world);
    const admin = await world.person("ADMIN");

    await approveVersion(admin, edit);
    const decisions = await db.moderationDecision.findMany({
      where: { initiativeId: edit.initiativeId },
    });

    expect(decisions).toEqual([
      expect.objectContaining({
        revisionId: edit.revisionId,
        moderatorId: admin.id,
        action: "APPROVE",
        fromStatus: "PUBLISHED",
        toStatus: "PUBLISHED",
        submittedAt: edit.submittedAt,
        content: expect.objectContaining({ city: "Ourika" }),
      }),
    ]);
  });

  test("deletes the images the new public version no longer uses, and only those", async ({
    world,
  }) => {
    const association = await world.association();
    const published = await world.published(association, {
      "images.0.file": await photo(),
      "images.0.alt": "Le potager",
      "images.1.file": await photo("second.jpg"),
      "images.1.alt": "La récolte",
    });
    const [kept, dropped] = await db.initiativeImage.findMany({
      where: { initiativeId: published.initiativeId },
      orderBy: { sortOrder: "asc" },
    });
    const edit = await world.edit(published.initiativeId, association.owner, {
      "existingImages.0.path": kept?.path ?? "",
      "existingImages.0.alt": "Le potager",
      "existingImages.1.path": dropped?.path ?? "",
      "existingImages.1.alt": "La récolte",
      "existingImages.1.remove": "on",
      "images.0.file": await photo("new.jpg"),
      "images.0.alt": "Les nouveaux bacs",
    });
    const added = (await findOpenRevision(published.initiativeId))?.content.images.at(-1);

    expect(await readStoredImage(dropped?.path ?? "")).not.toBeNull();

    await approveVersion(await world.moderator(), edit);
    const images = await db.initiativeImage.findMany({
      where: { initiativeId: published.initiativeId },
      orderBy: { sortOrder: "asc" },
    });

    expect(images.map((image) => image.path)).toEqual([kept?.path, added?.path]);
    expect(await readStoredImage(dropped?.path ?? "")).toBeNull();
    expect(await readStoredImage(kept?.path ?? "")).not.toBeNull();
    expect(await readStoredImage(added?.path ?? "")).not.toBeNull();
  });

  test("sends the edit back without touching the public version", async ({ world }) => {
    const { association, published, edit } = await pendingEdit(world);
    const moderator = await world.moderator(["MA-07"]);

    await requestChanges(moderator, { ...edit, message: "Gardez l’ancien titre." });
    const revision = await db.initiativeRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });
    const editable = await findEditableInitiative(association.editor, edit.initiativeId, "fr");

    expect(await publicTitle(published.slug)).toBe(`Jardin partagé ${world.word}`);
    expect(revision.status).toBe("CHANGES_REQUESTED");
    expect(editable).toMatchObject({
      revisionStatus: "CHANGES_REQUESTED",
      moderatorMessage: "Gardez l’ancien titre.",
    });
    expect((await myItem(association))?.feedback).toMatchObject({
      action: "REQUEST_CHANGES",
      edit: true,
      message: "Gardez l’ancien titre.",
    });
  });

  test("refuses the edit without touching the public version, and says why", async ({ world }) => {
    const { association, published, edit } = await pendingEdit(world);
    const moderator = await world.moderator();
    const before = await db.initiative.findUniqueOrThrow({ where: { id: edit.initiativeId } });

    await rejectVersion(moderator, { ...edit, reasonCode: "insufficientInformation", message: "" });
    const after = await db.initiative.findUniqueOrThrow({ where: { id: edit.initiativeId } });

    expect(await publicTitle(published.slug)).toBe(`Jardin partagé ${world.word}`);
    expect([after.searchTitle, after.searchSummary, after.searchBody]).toEqual([
      before.searchTitle,
      before.searchSummary,
      before.searchBody,
    ]);
    expect(after.city).toBe("Marrakech");
    expect(await findOpenRevision(edit.initiativeId)).toBeNull();
    expect((await myItem(association))?.feedback).toMatchObject({
      action: "REJECT",
      edit: true,
      reasonCode: "insufficientInformation",
    });
  });

  test("answers not found to a member and to a moderator of another region", async ({ world }) => {
    const { association, edit } = await pendingEdit(world);
    const elsewhere = await world.moderator(["MA-03"]);

    for (const actor of [null, association.owner, elsewhere]) {
      await expect(approveVersion(actor, edit)).rejects.toMatchObject({ code: "notFound" });
    }
    const revision = await db.initiativeRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });

    expect(revision.status).toBe("PENDING_REVIEW");
  });

  test("answers not found for a revision of another initiative", async ({ world }) => {
    const { edit } = await pendingEdit(world);
    const other = await world.published(await world.association());
    const moderator = await world.moderator();

    await expect(
      approveVersion(moderator, { ...edit, initiativeId: other.initiativeId }),
    ).rejects.toMatchObject({ code: "notFound" });
    expect(await db.moderationDecision.count({ where: { revisionId: edit.revisionId } })).toBe(0);
  });

  test("refuses a decision on an edit that was changed and sent again meanwhile", async ({
    world,
  }) => {
    const { association, published, edit } = await pendingEdit(world);
    const moderator = await world.moderator();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await world.edit(published.initiativeId, association.owner, { city: "Asni" });

    await expect(approveVersion(moderator, edit)).rejects.toMatchObject({
      code: "alreadyDecided",
    });
    expect(await publicTitle(published.slug)).toBe(`Jardin partagé ${world.word}`);
    expect(await db.moderationDecision.count({ where: { revisionId: edit.revisionId } })).toBe(0);
  });

  test("refuses a decision on an edit whose initiative was taken offline", async ({ world }) => {
    const { edit } = await pendingEdit(world);
    const moderator = await world.moderator();
    await db.initiative.update({
      where: { id: edit.initiativeId },
      data: { status: "UNPUBLISHED" },
    });

    await expect(approveVersion(moderator, edit)).rejects.toMatchObject({
      code: "alreadyDecided",
    });
    await expect(
      rejectVersion(moderator, { ...edit, reasonCode: "duplicate", message: "" }),
    ).rejects.toMatchObject({ code: "alreadyDecided" });
    const revision = await db.initiativeRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });

    expect(revision.status).toBe("PENDING_REVIEW");
  });
});
