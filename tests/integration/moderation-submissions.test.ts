import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { approveVersion, rejectVersion, requestChanges } from "@/lib/moderation/pending-decisions";
import { getMySpace } from "@/lib/organisations/my-space";
import { countPublic } from "@/lib/stats/queries";
import { test, type ModerationWorld } from "./support/moderation";

async function waitingSubmission(world: ModerationWorld) {
  const association = await world.association();
  const submission = await world.submission(association);
  const version = { initiativeId: submission.initiativeId, submittedAt: submission.submittedAt };

  return { association, submission, version };
}

const decisionsOn = (initiativeId: string) =>
  db.moderationDecision.findMany({ where: { initiativeId }, orderBy: { createdAt: "asc" } });

describe("deciding a new submission", () => {
  test("publishes it on approval, dated, visible in the directory and the counts", async ({
    world,
  }) => {
    const { submission, version } = await waitingSubmission(world);
    const moderator = await world.moderator(["MA-07"]);
    const before = await countPublic();

    await approveVersion(moderator, version);
    const row = await db.initiative.findUniqueOrThrow({ where: { id: version.initiativeId } });
    const directory = await findPublishedInitiatives({ q: world.word, page: 1 });

    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(directory.items.map((item) => item.id)).toEqual([version.initiativeId]);
    expect(await getPublishedInitiative(submission.slug)).not.toBeNull();
    expect((await countPublic()).initiatives).toBe(before.initiatives + 1);
  });

  test("refuses a moderator who belongs to the organisation, changing nothing", async ({
    world,
  }) => {
    const { association, version } = await waitingSubmission(world);
    const insider = await world.moderator();
    await db.membership.create({
      data: { userId: insider.id, organisationId: association.organisationId, role: "EDITOR" },
    });

    await expect(approveVersion(insider, version)).rejects.toMatchObject({
      code: "ownOrganisation",
    });
    const row = await db.initiative.findUniqueOrThrow({ where: { id: version.initiativeId } });

    expect(row.status).toBe("PENDING_REVIEW");
    expect(await decisionsOn(version.initiativeId)).toEqual([]);
  });

  test("records who approved which version, with the content as it was seen", async ({ world }) => {
    const { version } = await waitingSubmission(world);
    const moderator = await world.moderator();

    const { decisionId } = await approveVersion(moderator, version);
    const [decision] = await decisionsOn(version.initiativeId);

    expect(decision).toMatchObject({
      id: decisionId,
      moderatorId: moderator.id,
      action: "APPROVE",
      fromStatus: "PENDING_REVIEW",
      toStatus: "PUBLISHED",
      revisionId: null,
      reasonCode: null,
      message: null,
      submittedAt: version.submittedAt,
    });
    expect(decision?.content).toMatchObject({
      translations: [{ locale: "fr", title: `Jardin partagé ${world.word}` }],
      regionCode: "MA-07",
    });
  });

  test("sends it back with the moderator's message, shown in My space, still private", async ({
    world,
  }) => {
    const { association, version } = await waitingSubmission(world);
    const moderator = await world.moderator(["MA-07"]);

    await requestChanges(moderator, { ...version, message: "Précisez le quartier." });
    const [space] = await getMySpace(association.editor);
    const item = space?.groups.flatMap((group) => group.initiatives)[0];

    expect(item).toMatchObject({ status: "CHANGES_REQUESTED" });
    expect(item?.feedback).toMatchObject({
      action: "REQUEST_CHANGES",
      message: "Précisez le quartier.",
    });
    expect((await findPublishedInitiatives({ q: world.word, page: 1 })).total).toBe(0);
    expect(await decisionsOn(version.initiativeId)).toEqual([
      expect.objectContaining({ action: "REQUEST_CHANGES", toStatus: "CHANGES_REQUESTED" }),
    ]);
  });

  test("refuses it with a reason and a text, which the association reads", async ({ world }) => {
    const { association, version } = await waitingSubmission(world);
    const admin = await world.person("ADMIN");

    await rejectVersion(admin, { ...version, reasonCode: "notClimate", message: "Hors sujet." });
    const [space] = await getMySpace(association.owner);
    const item = space?.groups.flatMap((group) => group.initiatives)[0];

    expect(item).toMatchObject({ status: "REJECTED" });
    expect(item?.feedback).toMatchObject({ reasonCode: "notClimate", message: "Hors sujet." });
    expect(await getPublishedInitiative(item?.slug ?? "")).toBeNull();
  });

  test("records a refusal without a text as having no message", async ({ world }) => {
    const { version } = await waitingSubmission(world);
    const moderator = await world.moderator();

    await rejectVersion(moderator, { ...version, reasonCode: "duplicate", message: "" });

    expect(await decisionsOn(version.initiativeId)).toEqual([
      expect.objectContaining({ action: "REJECT", reasonCode: "duplicate", message: null }),
    ]);
  });

  test("answers not found to anyone who is not a moderator of its region", async ({ world }) => {
    const { association, version } = await waitingSubmission(world);
    const member = await world.person("MEMBER");
    const elsewhere = await world.moderator(["MA-01"]);

    for (const actor of [null, member, association.owner, elsewhere]) {
      await expect(approveVersion(actor, version)).rejects.toMatchObject({ code: "notFound" });
      await expect(requestChanges(actor, { ...version, message: "Non." })).rejects.toMatchObject({
        code: "notFound",
      });
      await expect(
        rejectVersion(actor, { ...version, reasonCode: "other", message: "Non." }),
      ).rejects.toMatchObject({ code: "notFound" });
    }
    const row = await db.initiative.findUniqueOrThrow({ where: { id: version.initiativeId } });

    expect(row.status).toBe("PENDING_REVIEW");
    expect(await decisionsOn(version.initiativeId)).toEqual([]);
  });

  test("lets a moderator of one of its other regions decide it", async ({ world }) => {
    const association = await world.association();
    const submission = await world.submission(association, { otherRegions: ["MA-01"] });
    const moderator = await world.moderator(["MA-01"]);

    await approveVersion(moderator, submission);

    expect(await decisionsOn(submission.initiativeId)).toHaveLength(1);
  });

  test("refuses a second decision on the same version as already decided", async ({ world }) => {
    const { version } = await waitingSubmission(world);
    const first = await world.moderator();
    const second = await world.moderator(["MA-07"]);

    await rejectVersion(first, { ...version, reasonCode: "duplicate", message: "" });

    await expect(approveVersion(second, version)).rejects.toMatchObject({ code: "alreadyDecided" });
    const row = await db.initiative.findUniqueOrThrow({ where: { id: version.initiativeId } });

    expect(row.status).toBe("REJECTED");
    expect(await decisionsOn(version.initiativeId)).toHaveLength(1);
  });

  test("refuses a decision on a version older than the one waiting", async ({ world }) => {
    const { version } = await waitingSubmission(world);
    const moderator = await world.moderator();
    const resent = new Date(version.submittedAt.getTime() + 60_000);
    await db.initiative.update({
      where: { id: version.initiativeId },
      data: { submittedAt: resent },
    });

    await expect(approveVersion(moderator, version)).rejects.toMatchObject({
      code: "alreadyDecided",
    });
    const row = await db.initiative.findUniqueOrThrow({ where: { id: version.initiativeId } });

    expect(row.status).toBe("PENDING_REVIEW");
    expect(await decisionsOn(version.initiativeId)).toEqual([]);
  });

  test("refuses a decision on a submission the association withdrew meanwhile", async ({
    world,
  }) => {
    const { version } = await waitingSubmission(world);
    const moderator = await world.moderator();
    await db.initiative.update({
      where: { id: version.initiativeId },
      data: { status: "DRAFT", submittedAt: null },
    });

    await expect(
      requestChanges(moderator, { ...version, message: "Trop tard." }),
    ).rejects.toMatchObject({ code: "alreadyDecided" });
    expect(await decisionsOn(version.initiativeId)).toEqual([]);
  });
});
