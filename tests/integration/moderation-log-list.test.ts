import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { listDecisionLog, LOG_PAGE_SIZE } from "@/lib/moderation/log";
import type { ModeratorScope } from "@/lib/moderation/scope";
import { contentOf, longAgo, test, type ReviewWorld } from "./support/review-world";

const ALL: ModeratorScope = { all: true };

/**
 * Moments just after every decision already logged, so a test's decisions
 * open the log; steps of 10 ms keep them close to now, ahead of later tests.
 */
async function newestMoments() {
  const latest = await db.moderationDecision.aggregate({ _max: { createdAt: true } });
  const start = Math.max(Date.now(), latest._max.createdAt?.getTime() ?? 0) + 10;

  return (step: number) => new Date(start + step * 10);
}

async function decided(world: ReviewWorld, regionCodes = ["MA-07"]) {
  const moderator = await world.person("MODERATOR");
  const initiative = await world.initiative({ status: "PUBLISHED", regionCodes });

  return { moderator, initiative };
}

describe("listDecisionLog", () => {
  test("lists decisions newest first and pages by cursor without repeating or skipping", async ({
    world,
  }) => {
    const at = await newestMoments();
    const { moderator, initiative } = await decided(world);
    const count = LOG_PAGE_SIZE + 2;
    await db.moderationDecision.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        initiativeId: initiative.id,
        moderatorId: moderator.id,
        action: "APPROVE" as const,
        fromStatus: "PENDING_REVIEW" as const,
        toStatus: "PUBLISHED" as const,
        // Pairs share a moment: the id breaks the tie.
        createdAt: at(Math.floor(i / 2)),
      })),
    });
    const mine = await db.moderationDecision.findMany({
      where: { initiativeId: initiative.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });

    const first = await listDecisionLog(ALL, {}, "fr");
    const second = await listDecisionLog(ALL, { after: first.nextAfter ?? undefined }, "fr");
    const seen = [...first.entries, ...second.entries].map((entry) => entry.id);

    expect(first.entries).toHaveLength(LOG_PAGE_SIZE);
    expect(first.nextAfter).toBe(first.entries.at(-1)?.id);
    expect(seen.slice(0, count)).toEqual(mine.map((decision) => decision.id));
  });

  test("describes each decision: who, on which version, what and why", async ({ world }) => {
    const at = await newestMoments();
    const moderator = await world.person("MODERATOR", [], "Youssef Amrani");
    const initiative = await world.initiative({
      translations: [{ locale: "fr", title: "Titre actuel" }],
    });
    await world.decision(initiative.id, moderator.id, {
      action: "REJECT",
      reasonCode: "notClimate",
      message: "Sans lien avec le climat.",
      submittedAt: longAgo(4),
      content: contentOf({
        translations: [{ locale: "fr", title: "Titre décidé", summary: null, description: null }],
      }),
      createdAt: at(1),
    });

    const [entry] = (await listDecisionLog(ALL, {}, "en")).entries;

    expect(entry).toMatchObject({
      initiativeId: initiative.id,
      action: "REJECT",
      moderator: "Youssef Amrani",
      reasonCode: "notClimate",
      message: "Sans lien avec le climat.",
      submittedAt: longAgo(4),
      title: { text: "Titre décidé", lang: "fr", isFallback: true },
      reportsClosed: 0,
    });
  });

  test("keeps one kind of decision when asked", async ({ world }) => {
    const at = await newestMoments();
    const { moderator, initiative } = await decided(world);
    await world.decision(initiative.id, moderator.id, { action: "APPROVE", createdAt: at(1) });
    const unpublished = await world.decision(initiative.id, moderator.id, {
      action: "UNPUBLISH",
      reasonCode: "inappropriate",
      createdAt: at(2),
    });

    const { entries } = await listDecisionLog(ALL, { action: "UNPUBLISH" }, "fr");

    expect(entries[0]?.id).toBe(unpublished.id);
    expect(entries.every((entry) => entry.action === "UNPUBLISH")).toBe(true);
  });

  test("shows a regional moderator only decisions in their regions, and an admin all", async ({
    world,
  }) => {
    const at = await newestMoments();
    const north = await decided(world, ["MA-01"]);
    const south = await decided(world, ["MA-09"]);
    const inNorth = await world.decision(north.initiative.id, north.moderator.id, {
      action: "APPROVE",
      createdAt: at(1),
    });
    const inSouth = await world.decision(south.initiative.id, south.moderator.id, {
      action: "APPROVE",
      createdAt: at(2),
    });
    const ids = [inNorth.id, inSouth.id];
    const seenBy = async (scope: ModeratorScope) =>
      (await listDecisionLog(scope, {}, "fr")).entries
        .map((e) => e.id)
        .filter((id) => ids.includes(id));

    expect(await seenBy({ all: false, regionCodes: ["MA-09"] })).toEqual([inSouth.id]);
    expect(await seenBy(ALL)).toEqual([inSouth.id, inNorth.id]);
  });

  test("starts from the newest when the cursor names no decision", async () => {
    const fromStart = await listDecisionLog(ALL, {}, "fr");

    const unknown = await listDecisionLog(ALL, { after: "no-such-decision" }, "fr");

    expect(unknown.entries.map((e) => e.id)).toEqual(fromStart.entries.map((e) => e.id));
  });
});
