import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { createInitiative } from "@/lib/initiatives/create-initiative";
import { readStoredImage } from "@/lib/images/storage";
import { createInput, frenchFields, photo, test } from "./support/initiative-form";

const draftOf = (organisationId: string, word: string, extra = {}) =>
  createInput({
    ...frenchFields(word),
    intent: "draft",
    organisationId,
    clientToken: randomUUID(),
    ...extra,
  });

describe("creating an initiative from the form", () => {
  test("refuses a signed-out visitor as not found", async ({ world }) => {
    const { organisation } = await world.actors();

    await expect(
      createInitiative(null, draftOf(organisation.id, world.word), "fr"),
    ).rejects.toMatchObject({ code: "notFound" });
  });

  test("refuses a member of another organisation as not found", async ({ world }) => {
    const { organisation, outsider } = await world.actors();
    const input = draftOf(organisation.id, world.word);

    await expect(createInitiative(outsider, input, "fr")).rejects.toMatchObject({
      code: "notFound",
    });
    expect(await db.initiative.count({ where: { clientToken: input.clientToken } })).toBe(0);
  });

  test("lets an editor save a draft that only the organisation sees", async ({ world }) => {
    const { organisation, editor } = await world.actors();

    const saved = await createInitiative(editor, draftOf(organisation.id, world.word), "fr");
    const row = await db.initiative.findUniqueOrThrow({
      where: { id: saved.id },
      include: { translations: true, themes: true, regions: true, links: true },
    });

    expect(row).toMatchObject({ status: "DRAFT", submittedAt: null, publishedAt: null });
    expect(row.createdById).toBe(editor.id);
    expect(row.translations).toEqual([expect.objectContaining({ locale: "fr" })]);
    expect(row.themes.map((t) => t.themeSlug)).toEqual(["agriculture"]);
    expect(row.regions.map((r) => r.regionCode)).toEqual(["MA-07"]);
    expect(row.links.map((l) => l.url)).toEqual(["https://jardin.example.ma"]);
    expect(row.searchTitle).toContain(world.word);
    expect(row.searchBody).toContain("marrakech");
  });

  test("lets an owner save a draft that has only a title", async ({ world }) => {
    const { organisation, owner } = await world.actors();
    const input = createInput({
      intent: "draft",
      organisationId: organisation.id,
      clientToken: randomUUID(),
      "translations.ar.title": `حديقة ${world.word}`,
    });

    const saved = await createInitiative(owner, input, "fr");
    const row = await db.initiative.findUniqueOrThrow({ where: { id: saved.id } });

    expect(row.originalLocale).toBe("ar");
    expect(row.slug).toBe(`حديقة-${world.word}`);
  });

  test("submits for review with submittedAt set and never publishes", async ({ world }) => {
    const { organisation, owner } = await world.actors();
    const input = draftOf(organisation.id, world.word, { intent: "submit" });

    const saved = await createInitiative(owner, input, "fr");
    const row = await db.initiative.findUniqueOrThrow({ where: { id: saved.id } });

    expect(saved.status).toBe("PENDING_REVIEW");
    expect(row.status).toBe("PENDING_REVIEW");
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.publishedAt).toBeNull();
  });

  test("stores a chosen image re-encoded, with its alt text in the original language", async ({
    world,
  }) => {
    const { organisation, owner } = await world.actors();
    const input = draftOf(organisation.id, world.word, {
      "images.0.file": await photo(),
      "images.0.alt": "Des bénévoles arrosent le potager",
    });

    const saved = await createInitiative(owner, input, "ar");
    const [image] = await db.initiativeImage.findMany({ where: { initiativeId: saved.id } });

    expect(image).toMatchObject({ altText: "Des bénévoles arrosent le potager", altLocale: "fr" });
    expect(image?.path).toMatch(/^[a-f0-9]{32}\.webp$/);
    expect(await readStoredImage(image!.path)).not.toBeNull();
  });

  test("answers a resent form with the initiative the first one created", async ({ world }) => {
    const { organisation, owner } = await world.actors();
    const input = draftOf(organisation.id, world.word);

    const first = await createInitiative(owner, input, "fr");
    const again = await createInitiative(owner, input, "fr");

    expect(again.id).toBe(first.id);
    expect(await db.initiative.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  test("creates one initiative when a double click sends the form twice at once", async ({
    world,
  }) => {
    const { organisation, owner, editor } = await world.actors();
    const input = draftOf(organisation.id, world.word);

    const [one, two] = await Promise.all([
      createInitiative(owner, input, "fr"),
      createInitiative(editor, input, "fr"),
    ]);

    expect(one.id).toBe(two.id);
    expect(await db.initiative.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  test("gives two initiatives with the same title different slugs", async ({ world }) => {
    const { organisation, owner } = await world.actors();

    const [one, two] = await Promise.all([
      createInitiative(owner, draftOf(organisation.id, world.word), "fr"),
      createInitiative(owner, draftOf(organisation.id, world.word), "fr"),
    ]);
    const slugs = await db.initiative.findMany({
      where: { id: { in: [one.id, two.id] } },
      select: { slug: true },
    });

    expect(new Set(slugs.map((s) => s.slug)).size).toBe(2);
  });

  test("refuses a theme that does not exist on the themes field", async ({ world }) => {
    const { organisation, owner } = await world.actors();
    const input = draftOf(organisation.id, world.word, { themes: ["made-up-theme"] });

    await expect(createInitiative(owner, input, "fr")).rejects.toMatchObject({
      code: "invalidInput",
      field: "themes",
    });
  });
});
