import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { getPublishedInitiative, listOrganisationInitiatives } from "@/lib/initiatives/queries";
import { dismissReports } from "@/lib/moderation/dismiss-reports";
import { restoreInitiative } from "@/lib/moderation/restore-initiative";
import { unpublishInitiative } from "@/lib/moderation/unpublish-initiative";
import { getMySpace } from "@/lib/organisations/my-space";
import { countPublic, countPublishedByRegion } from "@/lib/stats/queries";
import { test, type ModerationWorld } from "./support/moderation";

async function publishedWithReports(world: ModerationWorld, reports = 2) {
  const association = await world.association();
  const published = await world.published(association);
  for (let i = 0; i < reports; i++) await world.report(published.initiativeId);

  return { association, ...published };
}

const unpublishInput = (initiativeId: string) => ({
  initiativeId,
  reasonCode: "commercial" as const,
  message: "Une offre de vente, pas une initiative.",
});

const reportsOf = (initiativeId: string) =>
  db.report.findMany({ where: { initiativeId }, orderBy: { createdAt: "asc" } });

describe("unpublishing a published initiative", () => {
  test("removes it from the directory, its page and every count at once", async ({ world }) => {
    const { initiativeId, slug, association } = await publishedWithReports(world, 0);
    const moderator = await world.moderator(["MA-07"]);
    const before = { counts: await countPublic(), regions: await countPublishedByRegion() };

    await unpublishInitiative(moderator, unpublishInput(initiativeId));

    expect((await findPublishedInitiatives({ q: world.word, page: 1 })).total).toBe(0);
    expect(await getPublishedInitiative(slug)).toBeNull();
    expect(await listOrganisationInitiatives(association.organisationId)).toEqual([]);
    expect((await countPublic()).initiatives).toBe(before.counts.initiatives - 1);
    expect((await countPublic()).organisations).toBe(before.counts.organisations - 1);
    expect((await countPublishedByRegion()).get("MA-07") ?? 0).toBe(
      (before.regions.get("MA-07") ?? 0) - 1,
    );
  });

  test("closes its open reports with the decision that explains why", async ({ world }) => {
    const { initiativeId } = await publishedWithReports(world);
    const moderator = await world.moderator();

    const { decisionId } = await unpublishInitiative(moderator, unpublishInput(initiativeId));
    const decision = await db.moderationDecision.findUniqueOrThrow({ where: { id: decisionId } });

    expect(decision).toMatchObject({
      action: "UNPUBLISH",
      fromStatus: "PUBLISHED",
      toStatus: "UNPUBLISHED",
      reasonCode: "commercial",
      message: "Une offre de vente, pas une initiative.",
      moderatorId: moderator.id,
    });
    expect(decision.content).toMatchObject({ regionCode: "MA-07" });
    expect(await reportsOf(initiativeId)).toEqual([
      expect.objectContaining({ status: "RESOLVED", decisionId, resolvedAt: decision.createdAt }),
      expect.objectContaining({ status: "RESOLVED", decisionId, resolvedAt: decision.createdAt }),
    ]);
  });

  test("shows the association an unpublished group with the reason", async ({ world }) => {
    const { initiativeId, association } = await publishedWithReports(world, 0);

    await unpublishInitiative(await world.person("ADMIN"), unpublishInput(initiativeId));
    const [space] = await getMySpace(association.editor);

    expect(space?.groups.map((group) => group.status)).toEqual(["UNPUBLISHED"]);
    expect(space?.groups[0]?.initiatives[0]?.feedback).toMatchObject({
      action: "UNPUBLISH",
      reasonCode: "commercial",
      message: "Une offre de vente, pas une initiative.",
      edit: false,
    });
  });

  test("answers not found to non-moderators and to moderators of other regions", async ({
    world,
  }) => {
    const { initiativeId, association } = await publishedWithReports(world, 1);
    const elsewhere = await world.moderator(["MA-05"]);

    for (const actor of [null, association.owner, await world.person(), elsewhere]) {
      await expect(unpublishInitiative(actor, unpublishInput(initiativeId))).rejects.toMatchObject({
        code: "notFound",
      });
    }
    const row = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });

    expect(row.status).toBe("PUBLISHED");
    expect((await reportsOf(initiativeId)).map((report) => report.status)).toEqual(["OPEN"]);
  });

  test("refuses to unpublish what is not public as already decided", async ({ world }) => {
    const association = await world.association();
    const waiting = await world.submission(association);

    await expect(
      unpublishInitiative(await world.moderator(), unpublishInput(waiting.initiativeId)),
    ).rejects.toMatchObject({ code: "alreadyDecided" });
    expect(
      await db.moderationDecision.count({ where: { initiativeId: waiting.initiativeId } }),
    ).toBe(0);
  });
});

describe("restoring an unpublished initiative", () => {
  test("puts it back in the directory at its first publication date", async ({ world }) => {
    const { initiativeId, slug } = await publishedWithReports(world, 0);
    const moderator = await world.moderator(["MA-07"]);
    const { publishedAt } = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });
    await unpublishInitiative(moderator, unpublishInput(initiativeId));

    const { decisionId } = await restoreInitiative(moderator, { initiativeId });
    const row = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });

    expect(row).toMatchObject({ status: "PUBLISHED", publishedAt });
    expect(await getPublishedInitiative(slug)).not.toBeNull();
    expect(
      await db.moderationDecision.findUniqueOrThrow({ where: { id: decisionId } }),
    ).toMatchObject({ action: "RESTORE", fromStatus: "UNPUBLISHED", toStatus: "PUBLISHED" });
  });

  test("refuses a second restoration, and one by a moderator of another region", async ({
    world,
  }) => {
    const { initiativeId } = await publishedWithReports(world, 0);
    const admin = await world.person("ADMIN");
    await unpublishInitiative(admin, unpublishInput(initiativeId));

    await expect(
      restoreInitiative(await world.moderator(["MA-02"]), { initiativeId }),
    ).rejects.toMatchObject({ code: "notFound" });
    await restoreInitiative(admin, { initiativeId });
    await expect(restoreInitiative(admin, { initiativeId })).rejects.toMatchObject({
      code: "alreadyDecided",
    });
    expect(await db.moderationDecision.count({ where: { initiativeId, action: "RESTORE" } })).toBe(
      1,
    );
  });
});

describe("dismissing the reports on a published initiative", () => {
  test("closes the reports shown and keeps it public, untold to the association", async ({
    world,
  }) => {
    const { initiativeId, slug } = await publishedWithReports(world);
    const moderator = await world.moderator(["MA-07"]);
    const shownAt = new Date();

    const { decisionId } = await dismissReports(moderator, { initiativeId, shownAt });

    expect(await getPublishedInitiative(slug)).not.toBeNull();
    expect((await reportsOf(initiativeId)).map((r) => [r.status, r.decisionId])).toEqual([
      ["DISMISSED", decisionId],
      ["DISMISSED", decisionId],
    ]);
    expect(
      await db.moderationDecision.findUniqueOrThrow({ where: { id: decisionId } }),
    ).toMatchObject({ action: "DISMISS_REPORTS", fromStatus: "PUBLISHED", toStatus: "PUBLISHED" });
  });

  test("leaves open a report sent after the page was shown", async ({ world }) => {
    const { initiativeId } = await publishedWithReports(world, 1);
    const shownAt = new Date();
    const later = await world.report(initiativeId, new Date(shownAt.getTime() + 1000));

    await dismissReports(await world.moderator(), { initiativeId, shownAt });

    expect(await db.report.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({
      status: "OPEN",
      decisionId: null,
    });
  });

  test("refuses when no report shown is still open, recording nothing", async ({ world }) => {
    const { initiativeId } = await publishedWithReports(world, 1);
    const moderator = await world.moderator();
    await dismissReports(moderator, { initiativeId, shownAt: new Date() });

    await expect(
      dismissReports(moderator, { initiativeId, shownAt: new Date() }),
    ).rejects.toMatchObject({ code: "alreadyDecided" });
    expect(await db.moderationDecision.count({ where: { initiativeId } })).toBe(1);
  });

  test("answers not found to a plain member and a moderator of another region", async ({
    world,
  }) => {
    const { initiativeId, association } = await publishedWithReports(world, 1);

    for (const actor of [null, association.editor, await world.moderator(["MA-12"])]) {
      await expect(
        dismissReports(actor, { initiativeId, shownAt: new Date() }),
      ).rejects.toMatchObject({ code: "notFound" });
    }
    expect((await reportsOf(initiativeId)).map((report) => report.status)).toEqual(["OPEN"]);
  });
});
