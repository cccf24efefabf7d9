import { describe, expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listDecisionLog } from "@/lib/moderation/log";
import {
  approveProfile,
  rejectProfile,
  requestProfileChanges,
} from "@/lib/moderation/profile-decisions";
import { getProfileReview } from "@/lib/moderation/profile-review";
import { listQueue } from "@/lib/moderation/queue";
import { moderatorScope } from "@/lib/moderation/scope";
import { getPublicOrganisation } from "@/lib/organisations/queries";
import { test, type ProfileWorld } from "./support/profile-world";

const refusedWith = (code: string) => expect.objectContaining({ name: "AppError", code });

type Edit = Awaited<ReturnType<ProfileWorld["proposal"]>>;

/** Every decision the actor could try on the edit, each refused with `code`; nothing recorded. */
async function expectRefused(actor: CurrentUser | null, edit: Edit, code: string) {
  const tries = [
    () => approveProfile(actor, edit),
    () => requestProfileChanges(actor, { ...edit, message: "Précisez." }),
    () => rejectProfile(actor, { ...edit, reasonCode: "duplicate", message: "" }),
  ];
  for (const attempt of tries) await expect(attempt()).rejects.toEqual(refusedWith(code));

  expect(
    await db.moderationDecision.count({ where: { organisationId: edit.organisationId } }),
  ).toBe(0);
}

/** Whether the person's moderation pages show the edit: the queue and its review page. */
async function seen(person: CurrentUser | null, edit: Edit) {
  const scope = await moderatorScope(person);
  if (!scope) return { queue: false, review: false };

  const queue = await listQueue(scope, { kind: "profile", page: 1 }, "fr");
  const review = await getProfileReview(scope, edit.organisationId);

  return {
    queue: queue.items.some((item) => item.revisionId === edit.revisionId),
    review: review?.proposal?.revisionId === edit.revisionId,
  };
}

describe("who may review and decide an edit of a profile", () => {
  test("nobody outside moderation: visitors, members of the organisation or of another", async ({
    world,
  }) => {
    const team = await world.team();
    const other = await world.team();
    const edit = await world.proposal(team);

    for (const person of [null, other.owner, team.owner, team.editor]) {
      expect(await seen(person, edit)).toEqual({ queue: false, review: false });
      await expectRefused(person, edit, "notFound");
    }
    expect((await getPublicOrganisation(team.slug))?.name).toBe(team.name);
  });

  test("a moderator of the organisation's region, or of the region the edit proposes", async ({
    world,
  }) => {
    const team = await world.team();
    const edit = await world.proposal(team, team.owner, { regionCode: "MA-09" });
    const current = await world.moderator(["MA-07"]);
    const proposed = await world.moderator(["MA-09"]);

    expect(await seen(current, edit)).toEqual({ queue: true, review: true });
    expect(await seen(proposed, edit)).toEqual({ queue: true, review: true });

    await approveProfile(proposed, edit);
    const { entries } = await listDecisionLog({ all: false, regionCodes: ["MA-09"] }, {}, "fr");
    expect(entries.some((entry) => entry.organisationId === team.organisationId)).toBe(true);
  });

  test("not a moderator of other regions: nothing confirms the edit exists", async ({ world }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const elsewhere = await world.moderator(["MA-01"]);

    expect(await seen(elsewhere, edit)).toEqual({ queue: false, review: false });
    await expectRefused(elsewhere, edit, "notFound");
    const { entries } = await listDecisionLog({ all: false, regionCodes: ["MA-01"] }, {}, "fr");
    expect(entries.some((entry) => entry.organisationId === team.organisationId)).toBe(false);
  });

  test("not a moderator who belongs to the organisation: another must decide", async ({
    world,
  }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const member = await world.moderator(["MA-07"]);
    await db.membership.create({
      data: { userId: member.id, organisationId: team.organisationId, role: "EDITOR" },
    });

    expect(await seen(member, edit)).toEqual({ queue: true, review: true });
    await expectRefused(member, edit, "ownOrganisation");
  });
});
