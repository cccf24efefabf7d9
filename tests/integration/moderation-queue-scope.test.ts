import { describe, expect } from "vitest";
import { listQueue } from "@/lib/moderation/queue";
import { moderatorScope, type ModeratorScope } from "@/lib/moderation/scope";
import { contentOf, test, type ReviewWorld } from "./support/review-world";

async function scopeOf(user: { id: string; role: "MEMBER" | "MODERATOR" | "ADMIN" }) {
  const scope = await moderatorScope(user);
  if (!scope) throw new Error("Not a moderator");

  return scope;
}

/** A submission, an edit and a report in Tanger-Tétouan (MA-01), and in Marrakech-Safi (MA-07). */
async function twoRegions(world: ReviewWorld) {
  const items = [];
  for (const region of ["MA-01", "MA-07"]) {
    const regionCodes = [region];
    const submission = await world.initiative({ regionCodes });
    const edited = await world.initiative({ status: "PUBLISHED", regionCodes });
    await world.revision(edited.id, contentOf({ regionCode: region, regionCodes }));
    const reported = await world.initiative({ status: "PUBLISHED", regionCodes });
    await world.report(reported.id);
    items.push({ region, ids: [submission.id, edited.id, reported.id] });
  }

  return { north: items[0]?.ids ?? [], marrakech: items[1]?.ids ?? [] };
}

const idsIn = async (scope: ModeratorScope, ids: string[]) => {
  const queue = await listQueue(scope, { page: 1 }, "fr");

  return queue.items.map((item) => item.subjectId).filter((id) => ids.includes(id));
};

describe("listQueue in a moderator's scope", () => {
  test("shows a moderator of one region only that region's items, of every kind", async ({
    world,
  }) => {
    const { north, marrakech } = await twoRegions(world);
    const moderator = await world.person("MODERATOR", ["MA-07"]);

    const seen = await idsIn(await scopeOf(moderator), [...north, ...marrakech]);

    expect(seen.sort()).toEqual([...marrakech].sort());
  });

  test("shows an item working in several regions to the moderators of each", async ({ world }) => {
    const shared = await world.initiative({ regionCodes: ["MA-01", "MA-07"] });
    const marrakech = await world.person("MODERATOR", ["MA-07"]);
    const oriental = await world.person("MODERATOR", ["MA-02"]);

    expect(await idsIn(await scopeOf(marrakech), [shared.id])).toEqual([shared.id]);
    expect(await idsIn(await scopeOf(oriental), [shared.id])).toEqual([]);
  });

  test("counts only the items in the scope", async ({ world }) => {
    const moderator = await world.person("MODERATOR", ["MA-12"]);
    const scope = await scopeOf(moderator);
    const before = await listQueue(scope, { page: 1 }, "fr");
    await world.initiative({ regionCodes: ["MA-12"] });
    await world.initiative({ regionCodes: ["MA-11"] });

    const after = await listQueue(scope, { page: 1 }, "fr");

    expect(after.counts.submission).toBe(before.counts.submission + 1);
  });

  test("shows an admin and a moderator without regions every region's items", async ({ world }) => {
    const { north, marrakech } = await twoRegions(world);
    const everyone = [...north, ...marrakech];
    const admin = await world.person("ADMIN", ["MA-07"]);
    const national = await world.person("MODERATOR");

    expect((await idsIn(await scopeOf(admin), everyone)).sort()).toEqual([...everyone].sort());
    expect((await idsIn(await scopeOf(national), everyone)).sort()).toEqual([...everyone].sort());
  });

  test("gives no scope to an account without the role", async ({ world }) => {
    const member = await world.person("MEMBER");

    expect(await moderatorScope(member)).toBeNull();
  });
});
