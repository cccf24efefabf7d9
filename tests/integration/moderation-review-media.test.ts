import { randomBytes } from "node:crypto";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { mediaAudience } from "@/lib/images/media-access";
import { contentOf, test, type ReviewWorld } from "./support/review-world";

const viewer = (id: string | null) => async () => id;

const storedName = () => `${randomBytes(16).toString("hex")}.webp`;

const image = (path: string) => ({
  path,
  width: 640,
  height: 480,
  bytes: 1000,
  altText: "Des habitants plantent des arbres",
  altLocale: "fr" as const,
});

async function imageOf(world: ReviewWorld, status: InitiativeStatus, regionCodes = ["MA-07"]) {
  const initiative = await world.initiative({ status, regionCodes });
  const path = storedName();
  await db.initiativeImage.create({ data: { ...image(path), initiativeId: initiative.id } });

  return path;
}

describe("GET /media/<name> - moderators and images waiting for a decision", () => {
  test("shows an image of a submission to moderators of its region only", async ({ world }) => {
    const path = await imageOf(world, "PENDING_REVIEW");
    const inRegion = await world.person("MODERATOR", ["MA-07"]);
    const elsewhere = await world.person("MODERATOR", ["MA-01"]);
    const admin = await world.person("ADMIN");
    const member = await world.person("MEMBER");

    expect(await mediaAudience(path, viewer(inRegion.id))).toBe("members");
    expect(await mediaAudience(path, viewer(admin.id))).toBe("members");
    expect(await mediaAudience(path, viewer(elsewhere.id))).toBeNull();
    expect(await mediaAudience(path, viewer(member.id))).toBeNull();
    expect(await mediaAudience(path, viewer(null))).toBeNull();
  });

  test("keeps a draft's image from moderators: it was never sent for review", async ({ world }) => {
    const path = await imageOf(world, "DRAFT");
    const admin = await world.person("ADMIN");

    expect(await mediaAudience(path, viewer(admin.id))).toBeNull();
  });

  test("shows an image proposed in a pending edit to moderators, not one in a draft edit", async ({
    world,
  }) => {
    const moderator = await world.person("MODERATOR", ["MA-07"]);
    const pending = storedName();
    const drafted = storedName();
    const published = await world.initiative({ status: "PUBLISHED" });
    await world.revision(published.id, contentOf({ images: [image(pending)] }));
    const other = await world.initiative({ status: "PUBLISHED" });
    await world.revision(other.id, contentOf({ images: [image(drafted)] }), { status: "DRAFT" });

    expect(await mediaAudience(pending, viewer(moderator.id))).toBe("members");
    expect(await mediaAudience(pending, viewer(null))).toBeNull();
    expect(await mediaAudience(drafted, viewer(moderator.id))).toBeNull();
  });

  test("shows the logo of an organisation with a submission to its moderators", async ({
    world,
  }) => {
    const logoPath = storedName();
    const organisation = await world.organisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { logoPath } });
    await world.initiative({ organisationId: organisation.id, status: "PENDING_REVIEW" });
    const moderator = await world.person("MODERATOR", ["MA-07"]);
    const elsewhere = await world.person("MODERATOR", ["MA-03"]);

    expect(await mediaAudience(logoPath, viewer(moderator.id))).toBe("members");
    expect(await mediaAudience(logoPath, viewer(elsewhere.id))).toBeNull();
  });
});
