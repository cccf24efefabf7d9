import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { mediaAudience } from "@/lib/images/media-access";
import { createInitiative } from "@/lib/initiatives/create-initiative";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import {
  createInput,
  frenchFields,
  photo,
  test,
  updateInput,
  type FormWorld,
} from "./support/initiative-form";

const viewer = (id: string | null) => async () => id;

async function draftImage(world: FormWorld) {
  const actors = await world.actors();
  const input = createInput({
    ...frenchFields(world.word),
    intent: "draft",
    organisationId: actors.organisation.id,
    clientToken: randomUUID(),
    "images.0.file": await photo(),
    "images.0.alt": "Photo",
  });
  const { id } = await createInitiative(actors.owner, input, "fr");
  const image = await db.initiativeImage.findFirstOrThrow({ where: { initiativeId: id } });

  return { ...actors, id, path: image.path };
}

describe("GET /media/<name> - who may see an uploaded image", () => {
  test("shows an image of a draft to members only", async ({ world }) => {
    const { path, owner, editor, outsider } = await draftImage(world);

    expect(await mediaAudience(path, viewer(null))).toBeNull();
    expect(await mediaAudience(path, viewer(outsider.id))).toBeNull();
    expect(await mediaAudience(path, viewer(editor.id))).toBe("members");
    expect(await mediaAudience(path, viewer(owner.id))).toBe("members");
  });

  test("shows an image of a published initiative to everyone", async ({ world }) => {
    const { id, path } = await draftImage(world);
    await db.initiative.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });

    expect(await mediaAudience(path, viewer(null))).toBe("public");
  });

  test("keeps an image waiting in a revision private to members", async ({ world }) => {
    const { owner, outsider, organisation } = await world.actors();
    const published = await world.initiative({ title: "Public", organisationId: organisation.id });
    await updateInitiative(
      owner,
      updateInput({
        ...frenchFields(world.word),
        intent: "submit",
        initiativeId: published.id,
        "images.0.file": await photo(),
        "images.0.alt": "Nouvelle",
      }),
    );
    const revision = await db.initiativeRevision.findFirstOrThrow({
      where: { initiativeId: published.id },
    });
    const path = (revision.content as { images: { path: string }[] }).images[0]!.path;

    expect(await mediaAudience(path, viewer(null))).toBeNull();
    expect(await mediaAudience(path, viewer(outsider.id))).toBeNull();
    expect(await mediaAudience(path, viewer(owner.id))).toBe("members");
  });

  test("shows an organisation's logo publicly once it has a published initiative", async ({
    world,
  }) => {
    const { organisation, outsider, owner } = await world.actors();
    const logoPath = `${randomUUID().replaceAll("-", "")}.webp`;
    await db.organisation.update({ where: { id: organisation.id }, data: { logoPath } });

    expect(await mediaAudience(logoPath, viewer(outsider.id))).toBeNull();
    expect(await mediaAudience(logoPath, viewer(owner.id))).toBe("members");

    await world.initiative({ title: "Publiée", organisationId: organisation.id });
    expect(await mediaAudience(logoPath, viewer(null))).toBe("public");
  });

  test("answers an unknown name as not found", async () => {
    expect(await mediaAudience(`${"0".repeat(32)}.webp`, viewer(null))).toBeNull();
  });
});
