import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { approveVersion, rejectVersion, requestChanges } from "@/lib/moderation/pending-decisions";
import { approveProfile, rejectProfile } from "@/lib/moderation/profile-decisions";
import { unpublishInitiative } from "@/lib/moderation/unpublish-initiative";
import { getPublicOrganisation } from "@/lib/organisations/queries";
import { test } from "./support/moderation";
import { ProfileWorld } from "./support/profile-world";

type Table = "Initiative" | "InitiativeRevision" | "OrganisationRevision";

async function waitingOnLocks(count: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;

    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Fewer than ${count} transactions ever waited on the row`);
}

/**
 * Runs the decisions at the same moment: a third transaction holds the row
 * they all update, so each one is inside its own transaction, blocked on the
 * same row, before the holder lets go and they race. The embedded PGlite has
 * a single session (a pool of one): there the decisions can only queue, and
 * the same rule must still leave exactly one of them recorded.
 */
async function together<T>(table: Table, id: string, decisions: (() => Promise<T>)[]) {
  if (env.DATABASE_POOL_SIZE === 1) return Promise.allSettled(decisions.map((decide) => decide()));

  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holding = () => {};
  const held = new Promise<void>((resolve) => (holding = resolve));

  const holder = db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, id);
      holding();
      await gate;
    },
    { timeout: 20_000 },
  );
  await held;
  const racing = Promise.allSettled(decisions.map((decide) => decide()));
  await waitingOnLocks(decisions.length);
  release();
  await holder;

  return racing;
}

function outcome(results: PromiseSettledResult<unknown>[]) {
  return results.map((result) =>
    result.status === "fulfilled" ? "decided" : (result.reason as { code?: string }).code,
  );
}

describe("two moderators deciding the same version at the same time", () => {
  test("records exactly one of an approval and a refusal of a submission", async ({ world }) => {
    const { initiativeId, submittedAt } = await world.submission(await world.association());
    const [first, second] = [await world.moderator(), await world.moderator(["MA-07"])];
    const version = { initiativeId, submittedAt };

    const results = await together("Initiative", initiativeId, [
      () => approveVersion(first, version),
      () => rejectVersion(second, { ...version, reasonCode: "duplicate", message: "" }),
    ]);
    const decisions = await db.moderationDecision.findMany({ where: { initiativeId } });
    const row = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });

    expect(outcome(results).sort()).toEqual(["alreadyDecided", "decided"]);
    expect(decisions).toHaveLength(1);
    expect(row.status).toBe(decisions[0]?.action === "APPROVE" ? "PUBLISHED" : "REJECTED");
  });

  test("applies an edit once when two moderators approve it together", async ({ world }) => {
    const association = await world.association();
    const published = await world.published(association);
    const edit = await world.edit(published.initiativeId, association.owner);
    const [first, second] = [await world.moderator(), await world.person("ADMIN")];

    const results = await together("InitiativeRevision", edit.revisionId, [
      () => approveVersion(first, edit),
      () => requestChanges(second, { ...edit, message: "Ajoutez une photo." }),
    ]);
    const decisions = await db.moderationDecision.findMany({
      where: { revisionId: edit.revisionId },
    });
    const revision = await db.initiativeRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });

    expect(outcome(results).sort()).toEqual(["alreadyDecided", "decided"]);
    expect(decisions).toHaveLength(1);
    expect(revision.status).toBe(
      decisions[0]?.action === "APPROVE" ? "APPROVED" : "CHANGES_REQUESTED",
    );
  });

  test("applies a profile edit once when two moderators decide it together", async () => {
    const world = new ProfileWorld();
    try {
      const team = await world.team();
      const edit = await world.proposal(team);
      const [first, second] = [await world.moderator(), await world.moderator(["MA-07"])];
      const refusal = { ...edit, reasonCode: "duplicate" as const, message: "" };

      const results = await together("OrganisationRevision", edit.revisionId, [
        () => approveProfile(first, edit),
        () => rejectProfile(second, refusal),
      ]);
      const decisions = await db.moderationDecision.findMany({
        where: { organisationRevisionId: edit.revisionId },
      });
      const page = await getPublicOrganisation(team.slug);
      const approved = decisions[0]?.action === "APPROVE";

      expect(outcome(results).sort()).toEqual(["alreadyDecided", "decided"]);
      expect(decisions).toHaveLength(1);
      expect(page?.name).toBe(approved ? `Oasis ${world.word}` : team.name);
    } finally {
      await world.cleanup();
    }
  });

  test("takes an initiative offline once when two moderators do it together", async ({ world }) => {
    const { initiativeId } = await world.published(await world.association());
    await world.report(initiativeId);
    const input = { initiativeId, reasonCode: "inappropriate" as const, message: "" };
    const [first, second] = [await world.moderator(), await world.moderator(["MA-07"])];

    const results = await together("Initiative", initiativeId, [
      () => unpublishInitiative(first, input),
      () => unpublishInitiative(second, input),
    ]);
    const decisions = await db.moderationDecision.findMany({ where: { initiativeId } });
    const [report] = await db.report.findMany({ where: { initiativeId } });

    expect(outcome(results).sort()).toEqual(["alreadyDecided", "decided"]);
    expect(decisions).toHaveLength(1);
    expect(report).toMatchObject({ status: "RESOLVED", decisionId: decisions[0]?.id });
  });

  test("keeps one decision per version over repeated unsynchronised races", async ({ world }) => {
    const association = await world.association();
    const [first, second] = [await world.moderator(), await world.moderator()];

    for (let round = 0; round < 5; round++) {
      const { initiativeId, submittedAt } = await world.submission(association);
      const version = { initiativeId, submittedAt };

      const results = await Promise.allSettled([
        approveVersion(first, version),
        requestChanges(second, { ...version, message: "Précisez les dates." }),
      ]);

      expect(outcome(results).sort()).toEqual(["alreadyDecided", "decided"]);
      expect(await db.moderationDecision.count({ where: { initiativeId } })).toBe(1);
    }
  });
});
