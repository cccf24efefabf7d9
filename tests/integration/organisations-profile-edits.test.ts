import sharp from "sharp";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { mediaAudience } from "@/lib/images/media-access";
import { readStoredImage } from "@/lib/images/storage";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { approveProfile } from "@/lib/moderation/profile-decisions";
import { getEditableOrganisation } from "@/lib/organisations/editable-organisation";
import { getMySpace } from "@/lib/organisations/my-space";
import { getPublicOrganisation, listPublicOrganisations } from "@/lib/organisations/queries";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { test, type ProfileWorld, type Team } from "./support/profile-world";

const notFound = expect.objectContaining({ name: "AppError", code: "notFound" });

async function png() {
  const bytes = await sharp({
    create: { width: 300, height: 300, channels: 3, background: "#1c6b3c" },
  })
    .png()
    .toBuffer();

  return new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" });
}

/** What visitors see of the organisation: its page, the list, and its initiative's page. */
async function publicNames(world: ProfileWorld, team: Team) {
  const page = await getPublicOrganisation(team.slug);
  const listed = (await listPublicOrganisations()).find((o) => o.slug === team.slug);
  const initiative = await db.initiative.findUniqueOrThrow({
    where: { id: team.initiativeId ?? "" },
    select: { slug: true },
  });
  const detail = await getPublishedInitiative(initiative.slug);
  const found = await findPublishedInitiatives({ q: `oasis ${world.word}`, page: 1 });

  return {
    page: page?.name,
    listed: listed?.name,
    onInitiative: detail?.organisation.name,
    searchHits: found.total,
  };
}

const revisionsOf = (organisationId: string) =>
  db.organisationRevision.findMany({ where: { organisationId }, orderBy: { number: "asc" } });

describe("saving the profile of an organisation", () => {
  test("writes it in place while the organisation is not public yet", async ({ world }) => {
    const team = await world.team({ published: false });

    const saved = await updateOrganisation(team.owner, world.input(team), "fr");
    const row = await db.organisation.findUniqueOrThrow({ where: { id: team.organisationId } });

    expect(saved.outcome).toBe("saved");
    expect(row.name).toBe(`Oasis ${world.word}`);
    expect(await revisionsOf(team.organisationId)).toEqual([]);
  });

  test("keeps the public profile everywhere and sends the edit for review", async ({ world }) => {
    const team = await world.team();
    const before = await publicNames(world, team);

    const saved = await updateOrganisation(team.editor, world.input(team), "fr");
    const [revision] = await revisionsOf(team.organisationId);

    expect(saved.outcome).toBe("submitted");
    expect(await publicNames(world, team)).toEqual(before);
    expect(before).toEqual({
      page: team.name,
      listed: team.name,
      onInitiative: team.name,
      searchHits: 0,
    });
    expect(revision).toMatchObject({
      number: 1,
      status: "PENDING_REVIEW",
      authorId: team.editor.id,
      content: expect.objectContaining({
        translations: [
          {
            locale: "fr",
            name: `Oasis ${world.word}`,
            description: "Jardins partagés et compost.",
          },
        ],
      }),
    });
    expect(revision?.submittedAt).toBeInstanceOf(Date);
  });

  test("shows the proposed profile in the form and the edit's state in My space", async ({
    world,
  }) => {
    const team = await world.team();

    await updateOrganisation(team.owner, world.input(team, { city: "Ourika" }), "fr");
    const form = await getEditableOrganisation(team.editor, team.organisationId);
    const [space] = await getMySpace(team.owner);

    expect(form).toMatchObject({
      name: `Oasis ${world.word}`,
      city: "Ourika",
      isPublic: true,
      revisionStatus: "PENDING_REVIEW",
      moderatorMessage: null,
    });
    expect(space?.profileEdit).toEqual({ status: "PENDING_REVIEW", feedback: null });
  });

  test("updates the open edit when saved again, withdraws it when it matches the public", async ({
    world,
  }) => {
    const team = await world.team();
    await updateOrganisation(team.owner, world.input(team), "fr");
    const [first] = await revisionsOf(team.organisationId);

    await updateOrganisation(team.owner, world.input(team, { city: "Ourika" }), "fr");
    const [again] = await revisionsOf(team.organisationId);
    const reverted = await updateOrganisation(team.owner, world.unchangedInput(team), "fr");
    const after = await revisionsOf(team.organisationId);

    expect(again).toMatchObject({ id: first?.id, status: "PENDING_REVIEW" });
    expect(again?.content).toMatchObject({ city: "Ourika" });
    expect(reverted.outcome).toBe("unchanged");
    expect(after.map((revision) => revision.status)).toEqual(["WITHDRAWN"]);
    expect((await getMySpace(team.owner))[0]?.profileEdit).toBeNull();
  });

  test("sends nothing for review when nothing differs from the public profile", async ({
    world,
  }) => {
    const team = await world.team();

    const saved = await updateOrganisation(team.owner, world.unchangedInput(team), "fr");

    expect(saved.outcome).toBe("unchanged");
    expect(await revisionsOf(team.organisationId)).toEqual([]);
  });

  test("keeps a new logo private until a moderator approves it", async ({ world }) => {
    const team = await world.team();
    const outsider = await world.person();
    const moderator = await world.moderator(["MA-07"]);
    const elsewhere = await world.moderator(["MA-01"]);
    const edit = await world.proposal(team, team.owner, { logo: await png() });
    const revision = await db.organisationRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });
    const logo = (revision.content as { logoPath: string }).logoPath;
    const audience = (viewerId: string | null) => mediaAudience(logo, async () => viewerId);

    expect(await readStoredImage(logo)).not.toBeNull();
    expect(await audience(null)).toBeNull();
    expect(await audience(outsider.id)).toBeNull();
    expect(await audience(elsewhere.id)).toBeNull();
    expect(await audience(team.editor.id)).toBe("members");
    expect(await audience(moderator.id)).toBe("members");

    await approveProfile(moderator, edit);

    expect(await audience(null)).toBe("public");
  });

  test("answers notFound to anyone who is not a member, and changes nothing", async ({ world }) => {
    const team = await world.team();
    const outsiderTeam = await world.team({ published: false });

    for (const actor of [null, outsiderTeam.owner]) {
      await expect(updateOrganisation(actor, world.input(team), "fr")).rejects.toEqual(notFound);
      await expect(getEditableOrganisation(actor, team.organisationId)).rejects.toEqual(notFound);
    }
    expect(await revisionsOf(team.organisationId)).toEqual([]);
  });
});
