import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Change = (tx: Prisma.TransactionClient, decisionId: string) => Promise<unknown>;

// The log refuses deletion, so the decision and what it points to live in a
// transaction that always rolls back: nothing is left behind either way.
async function recordDecisionThen(change: Change, word: string) {
  await db.$transaction(async (tx) => {
    const moderator = await tx.user.create({
      data: { email: `${word}@example.test`, role: "MODERATOR" },
    });
    const organisation = await tx.organisation.create({
      data: { slug: word, name: word, originalLocale: "fr", kind: "ASSOCIATION" },
    });
    const initiative = await tx.initiative.create({
      data: { slug: word, organisationId: organisation.id, originalLocale: "fr" },
    });
    const decision = await tx.moderationDecision.create({
      data: {
        initiativeId: initiative.id,
        moderatorId: moderator.id,
        action: "APPROVE",
        fromStatus: "PENDING_REVIEW",
        toStatus: "PUBLISHED",
      },
    });

    await change(tx, decision.id);

    throw new Error("The change was accepted");
  });
}

describe("ModerationDecision", () => {
  it("refuses an update", async () => {
    const word = `fixture${randomUUID().slice(0, 8)}`;
    const update: Change = (tx, id) =>
      tx.moderationDecision.update({ where: { id }, data: { message: "rewritten" } });

    await expect(recordDecisionThen(update, word)).rejects.toThrow(/append-only/);
    expect(await db.user.findUnique({ where: { email: `${word}@example.test` } })).toBeNull();
  });

  it("refuses a deletion", async () => {
    const word = `fixture${randomUUID().slice(0, 8)}`;
    const remove: Change = (tx, id) => tx.moderationDecision.delete({ where: { id } });

    await expect(recordDecisionThen(remove, word)).rejects.toThrow(/append-only/);
    expect(await db.user.findUnique({ where: { email: `${word}@example.test` } })).toBeNull();
  });
});
