import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { createInitiative } from "@/lib/initiatives/create-initiative";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";
import { readStoredImage } from "@/lib/images/storage";
import {
  createInput,
  frenchFields,
  photo,
  test,
  updateInput,
  type FormWorld,
} from "./support/initiative-form";

async function draftWithImage(world: FormWorld) {
  const actors = await world.actors();
  const input = createInput({
    ...frenchFields(world.word),
    intent: "draft",
    organisationId: actors.organisation.id,
    clientToken: randomUUID(),
    "images.0.file": await photo(),
    "images.0.alt": "Le potager au printemps",
  });
  const { id } = await createInitiative(actors.owner, input, "fr");

  return { ...actors, id };
}

const editOf = (id: string, word: string, extra = {}) =>
  updateInput({ ...frenchFields(word), intent: "draft", initiativeId: id, ...extra });

describe("updating an initiative that is not published", () => {
  test("refuses a signed-out visitor and a member of another organisation as not found", async ({
    world,
  }) => {
    const { id, outsider } = await draftWithImage(world);

    await expect(updateInitiative(null, editOf(id, world.word))).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(updateInitiative(outsider, editOf(id, world.word))).rejects.toMatchObject({
      code: "notFound",
    });
  });

  test("lets an editor change the text, city and themes of a draft", async ({ world }) => {
    const { id, editor } = await draftWithImage(world);
    const input = editOf(id, world.word, {
      "translations.fr.title": `Potager solidaire ${world.word}`,
      city: "Tahannaout",
      themes: ["water", "agriculture"],
    });

    const saved = await updateInitiative(editor, input);
    const row = await db.initiative.findUniqueOrThrow({
      where: { id },
      include: { translations: true, themes: { orderBy: { isPrimary: "desc" } }, images: true },
    });

    expect(saved.status).toBe("DRAFT");
    expect(row.translations[0]?.title).toBe(`Potager solidaire ${world.word}`);
    expect(row.slug).toBe(`potager-solidaire-${world.word}`);
    expect(row.city).toBe("Tahannaout");
    expect(row.themes.map((t) => [t.themeSlug, t.isPrimary])).toEqual([
      ["water", true],
      ["agriculture", false],
    ]);
    expect(row.images).toHaveLength(1);
    expect(row.searchBody).toContain("tahannaout");
  });

  test("lets an owner remove an image, whose file is deleted", async ({ world }) => {
    const { id, owner } = await draftWithImage(world);
    const [image] = await db.initiativeImage.findMany({ where: { initiativeId: id } });

    await updateInitiative(
      owner,
      editOf(id, world.word, {
        "existingImages.0.path": image!.path,
        "existingImages.0.alt": image!.altText,
        "existingImages.0.remove": "on",
      }),
    );

    expect(await db.initiativeImage.count({ where: { initiativeId: id } })).toBe(0);
    expect(await readStoredImage(image!.path)).toBeNull();
  });

  test("changes the alt text of a kept image", async ({ world }) => {
    const { id, owner } = await draftWithImage(world);
    const [image] = await db.initiativeImage.findMany({ where: { initiativeId: id } });

    await updateInitiative(
      owner,
      editOf(id, world.word, {
        "existingImages.0.path": image!.path,
        "existingImages.0.alt": "Récolte de tomates",
      }),
    );

    const [kept] = await db.initiativeImage.findMany({ where: { initiativeId: id } });
    expect(kept).toMatchObject({ path: image!.path, altText: "Récolte de tomates" });
  });

  test("submits a draft for review, after which it is read-only", async ({ world }) => {
    const { id, owner } = await draftWithImage(world);

    const saved = await updateInitiative(owner, editOf(id, world.word, { intent: "submit" }));
    const row = await db.initiative.findUniqueOrThrow({ where: { id } });

    expect(saved.status).toBe("PENDING_REVIEW");
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.publishedAt).toBeNull();
    await expect(updateInitiative(owner, editOf(id, world.word))).rejects.toMatchObject({
      code: "conflict",
    });
  });

  test("sends an initiative a moderator sent back to review again", async ({ world }) => {
    const { id, editor } = await draftWithImage(world);
    await db.initiative.update({ where: { id }, data: { status: "CHANGES_REQUESTED" } });

    const kept = await updateInitiative(editor, editOf(id, world.word));
    const sent = await updateInitiative(editor, editOf(id, world.word, { intent: "submit" }));

    expect(kept.status).toBe("CHANGES_REQUESTED");
    expect(sent.status).toBe("PENDING_REVIEW");
  });

  test("takes a submitted initiative back to draft for its members only", async ({ world }) => {
    const { id, owner, outsider } = await draftWithImage(world);
    await updateInitiative(owner, editOf(id, world.word, { intent: "submit" }));

    await expect(withdrawInitiative(outsider, id)).rejects.toMatchObject({ code: "notFound" });
    await withdrawInitiative(owner, id);

    const row = await db.initiative.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", submittedAt: null });
  });

  test("refuses a seventh image on the images field", async ({ world }) => {
    const { id, owner } = await draftWithImage(world);
    const extra: Record<string, string | File> = {};
    for (let i = 0; i < 6; i++) {
      extra[`images.${i}.file`] = await photo(`p${i}.jpg`);
      extra[`images.${i}.alt`] = `Photo ${i}`;
    }

    await expect(updateInitiative(owner, editOf(id, world.word, extra))).rejects.toMatchObject({
      code: "invalidInput",
      field: "images",
    });
  });
});
