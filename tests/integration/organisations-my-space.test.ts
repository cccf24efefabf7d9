import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import type { InitiativeStatus, ModerationAction } from "@/lib/generated/prisma/enums";
import { getMySpace } from "@/lib/organisations/my-space";
import { test, type Organisations } from "./support/organisations";

async function initiative(orgs: Organisations, organisationId: string, status: InitiativeStatus) {
  return db.initiative.create({
    data: {
      slug: `${orgs.word}-${status.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`,
      organisationId,
      status,
      originalLocale: "fr",
      translations: { create: { locale: "fr", title: `Initiative ${status} ${orgs.word}` } },
    },
  });
}

async function decide(
  initiativeId: string,
  moderatorId: string,
  action: ModerationAction,
  fields: { reasonCode?: string; message: string; createdAt: Date },
) {
  await db.moderationDecision.create({
    data: {
      initiativeId,
      moderatorId,
      action,
      fromStatus: "PENDING_REVIEW",
      toStatus: action === "REJECT" ? "REJECTED" : "CHANGES_REQUESTED",
      ...fields,
    },
  });
}

describe("getMySpace", () => {
  test("lists only the user's own organisations, each with the user's role", async ({ orgs }) => {
    const user = await orgs.person();
    const partner = await orgs.person();
    const stranger = await orgs.person();
    const owned = await orgs.organisation(user);
    const edited = await orgs.organisation(partner, [user]);
    await orgs.organisation(stranger);

    const space = await getMySpace(user);

    expect(space.map((o) => [o.id, o.role]).sort()).toEqual(
      [
        [owned.id, "OWNER"],
        [edited.id, "EDITOR"],
      ].sort(),
    );
    expect((await getMySpace(stranger)).map((o) => o.id)).not.toContain(owned.id);
    expect(await getMySpace(await orgs.person())).toEqual([]);
  });

  test("asks an anonymous visitor to sign in", async () => {
    await expect(getMySpace(null)).rejects.toEqual(
      expect.objectContaining({ name: "AppError", code: "signInRequired" }),
    );
  });

  test("groups initiatives by status, what waits for the association first", async ({ orgs }) => {
    const user = await orgs.person();
    const organisation = await orgs.organisation(user);
    for (const status of ["PUBLISHED", "DRAFT", "ARCHIVED", "PENDING_REVIEW"] as const) {
      await initiative(orgs, organisation.id, status);
    }

    const [space] = await getMySpace(user);

    expect(space?.groups.map((group) => group.status)).toEqual([
      "DRAFT",
      "PENDING_REVIEW",
      "PUBLISHED",
      "ARCHIVED",
    ]);
    expect(space?.isPublic).toBe(true);
    expect(space?.initiativeCount).toBe(4);
  });

  test("explains a request for changes and a refusal with the latest decision", async ({
    orgs,
  }) => {
    const user = await orgs.person();
    const moderator = await orgs.person();
    const organisation = await orgs.organisation(user);
    const changes = await initiative(orgs, organisation.id, "CHANGES_REQUESTED");
    const rejected = await initiative(orgs, organisation.id, "REJECTED");
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    await decide(changes.id, moderator.id, "REQUEST_CHANGES", {
      message: "Ajoutez une date.",
      createdAt: day(1),
    });
    await decide(changes.id, moderator.id, "REQUEST_CHANGES", {
      message: "Précisez le lieu.",
      createdAt: day(3),
    });
    await decide(changes.id, moderator.id, "REJECT", {
      reasonCode: "duplicate",
      message: "Ancien refus.",
      createdAt: day(2),
    });
    await decide(rejected.id, moderator.id, "REJECT", {
      reasonCode: "notClimate",
      message: "Pas de lien avec le climat.",
      createdAt: day(4),
    });

    const [space] = await getMySpace(user);
    const items = space?.groups.flatMap((group) => group.initiatives) ?? [];

    expect(space?.groups.map((group) => group.status)).toEqual(["CHANGES_REQUESTED", "REJECTED"]);
    expect(items.find((i) => i.id === changes.id)?.feedback).toEqual({
      action: "REQUEST_CHANGES",
      edit: false,
      reasonCode: null,
      message: "Précisez le lieu.",
      createdAt: day(3),
    });
    expect(items.find((i) => i.id === rejected.id)?.feedback).toEqual({
      action: "REJECT",
      edit: false,
      reasonCode: "notClimate",
      message: "Pas de lien avec le climat.",
      createdAt: day(4),
    });
    expect(space?.isPublic).toBe(false);
  });
});
