import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { isReviewable, moderatorScope } from "@/lib/moderation/scope";
import { test } from "./support/moderation";

describe("which initiatives a moderator may open for review", () => {
  test("a submission in the moderator's regions, never a draft", async ({ world }) => {
    const { initiativeId } = await world.submission(await world.association());
    const everywhere = await moderatorScope(await world.moderator());
    const elsewhere = await moderatorScope(await world.moderator(["MA-01"]));
    if (!everywhere || !elsewhere) throw new Error("Moderators must have a scope");

    expect(await isReviewable(everywhere, initiativeId)).toBe(true);
    expect(await isReviewable(elsewhere, initiativeId)).toBe(false);

    await db.initiative.update({ where: { id: initiativeId }, data: { status: "DRAFT" } });

    expect(await isReviewable(everywhere, initiativeId)).toBe(false);
  });
});
