import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { listQueue, type QueuePage } from "@/lib/moderation/queue";
import type { QueueParams } from "@/lib/moderation/queue-params";
import type { ModeratorScope } from "@/lib/moderation/scope";
import { test } from "./support/profile-world";

const ALL: ModeratorScope = { all: true };

const params = (filters: Partial<QueueParams> = {}): QueueParams => ({ page: 1, ...filters });

const mine = (page: QueuePage, revisionIds: string[]) =>
  page.items.filter((item) => item.revisionId && revisionIds.includes(item.revisionId));

// Profile edits sent long ago, so they open the queue before other tests' items.
async function sentAt(revisionId: string, day: number) {
  const submittedAt = new Date(Date.UTC(1999, 11, day));
  await db.organisationRevision.update({ where: { id: revisionId }, data: { submittedAt } });

  return submittedAt;
}

describe("profile edits in the moderation queue", () => {
  test("are listed as their own kind, oldest first, named as they propose", async ({ world }) => {
    const older = await world.proposal(await world.team());
    const newer = await world.proposal(await world.team(), undefined, {
      "translations.ar.name": `واحة ${world.word}`,
    });
    const olderSince = await sentAt(older.revisionId, 1);
    const newerSince = await sentAt(newer.revisionId, 2);

    const queue = await listQueue(ALL, params(), "ar");
    const items = mine(queue, [older.revisionId, newer.revisionId]);

    expect(queue.items.slice(0, 2)).toEqual(items);
    expect(items.map((item) => [item.kind, item.subjectId, item.since])).toEqual([
      ["profile", older.organisationId, olderSince],
      ["profile", newer.organisationId, newerSince],
    ]);
    expect(items[1]).toMatchObject({
      title: { text: `واحة ${world.word}`, lang: "ar", isFallback: false },
      regionCode: "MA-07",
      languages: ["fr", "ar"],
      themeSlugs: [],
    });
  });

  test("are counted, and kept or left out by kind, region, theme and language", async ({
    world,
  }) => {
    const before = await listQueue(ALL, params(), "fr");
    const moving = await world.proposal(await world.team(), undefined, { regionCode: "MA-09" });
    const staying = await world.proposal(await world.team({ regionCode: "MA-09" }), undefined, {
      regionCode: "MA-09",
      "translations.en.name": `Oasis garden ${world.word}`,
    });
    const ids = [moving.revisionId, staying.revisionId];

    const all = await listQueue(ALL, params(), "fr");
    const profiles = await listQueue(ALL, params({ kind: "profile" }), "fr");
    const reports = await listQueue(ALL, params({ kind: "report" }), "fr");
    const souss = await listQueue(ALL, params({ kind: "profile", region: "MA-09" }), "fr");
    const marrakech = await listQueue(ALL, params({ kind: "profile", region: "MA-07" }), "fr");
    const themed = await listQueue(ALL, params({ theme: "water" }), "fr");
    const english = await listQueue(ALL, params({ kind: "profile", language: "en" }), "fr");

    expect(all.counts.profile).toBe(before.counts.profile + 2);
    expect(mine(profiles, ids)).toHaveLength(2);
    expect(profiles.items.every((item) => item.kind === "profile")).toBe(true);
    expect(mine(reports, ids)).toEqual([]);
    expect(mine(souss, ids)).toHaveLength(2);
    expect(mine(marrakech, ids).map((item) => item.revisionId)).toEqual([moving.revisionId]);
    expect(mine(themed, ids)).toEqual([]);
    expect(mine(english, ids).map((item) => item.revisionId)).toEqual([staying.revisionId]);
  });
});
