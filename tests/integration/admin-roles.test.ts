import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { moderatorScope } from "@/lib/moderation/scope";
import { changeModeratorRegions } from "@/lib/roles/change-moderator-regions";
import { grantModerator } from "@/lib/roles/grant-moderator";
import { getModeratorsPage } from "@/lib/roles/moderators-page";
import { revokeModerator } from "@/lib/roles/revoke-moderator";
import { grantModeratorSchema } from "@/lib/roles/role-schemas";
import { test, type Staff } from "./support/staff";

const refusal = (code: string, fieldMessage?: string) =>
  expect.objectContaining({ name: "AppError", code, ...(fieldMessage ? { fieldMessage } : {}) });

const roleOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;

const regionsOf = async (userId: string) =>
  (await db.moderatorRegion.findMany({ where: { userId }, orderBy: { regionCode: "asc" } })).map(
    (row) => row.regionCode,
  );

async function team(staff: Staff) {
  return {
    admin: await staff.person({ role: "ADMIN", name: "Nadia" }),
    moderator: await staff.person({ role: "MODERATOR", regionCodes: ["MA-07"] }),
    member: await staff.person(),
  };
}

describe("who may change roles", () => {
  test("anyone but an admin gets notFound for every action and the page", async ({ staff }) => {
    const { moderator, member } = await team(staff);
    const candidate = await staff.person();

    for (const actor of [null, member, moderator]) {
      await expect(getModeratorsPage(actor)).rejects.toEqual(refusal("notFound"));
      await expect(
        grantModerator(actor, { email: candidate.email, regionCodes: [] }),
      ).rejects.toEqual(refusal("notFound"));
      await expect(
        changeModeratorRegions(actor, { userId: moderator.id, regionCodes: ["MA-01"] }),
      ).rejects.toEqual(refusal("notFound"));
      await expect(revokeModerator(actor, { userId: moderator.id })).rejects.toEqual(
        refusal("notFound"),
      );
    }

    expect(await roleOf(candidate.id)).toBe("MEMBER");
    expect(await roleOf(moderator.id)).toBe("MODERATOR");
    expect(await regionsOf(moderator.id)).toEqual(["MA-07"]);
    expect(
      await db.roleChange.count({ where: { targetId: { in: [candidate.id, moderator.id] } } }),
    ).toBe(0);
  });

  test("a demoted admin loses the right at once: the role is read from the database", async ({
    staff,
  }) => {
    const { admin, member } = await team(staff);
    await db.user.update({ where: { id: admin.id }, data: { role: "MEMBER" } });

    await expect(
      grantModerator({ id: admin.id }, { email: member.email, regionCodes: [] }),
    ).rejects.toEqual(refusal("notFound"));
  });
});

describe("grantModerator", () => {
  test("makes a verified member a moderator of the ticked regions and logs it", async ({
    staff,
  }) => {
    const { admin, member } = await team(staff);

    const input = grantModeratorSchema.parse({
      email: member.email.toUpperCase(),
      regionCodes: ["MA-07", "MA-01", "MA-07"],
    });
    await grantModerator(admin, input);

    expect(await roleOf(member.id)).toBe("MODERATOR");
    expect(await regionsOf(member.id)).toEqual(["MA-01", "MA-07"]);
    expect(await staff.changesOf(member.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        fromRole: "MEMBER",
        toRole: "MODERATOR",
        regionCodes: ["MA-01", "MA-07"],
      }),
    ]);
    const fresh = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await moderatorScope(fresh)).toEqual({ all: false, regionCodes: ["MA-01", "MA-07"] });
  });

  test("with no region ticked, the new moderator covers every region", async ({ staff }) => {
    const { admin, member } = await team(staff);

    await grantModerator(admin, { email: member.email, regionCodes: [] });

    const fresh = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await moderatorScope(fresh)).toEqual({ all: true });
    expect((await staff.changesOf(member.id))[0]?.regionCodes).toEqual([]);
  });

  test("refuses unknown, unverified, moderator and admin accounts next to the address", async ({
    staff,
  }) => {
    const { admin, moderator } = await team(staff);
    const unverified = await staff.person({ verified: false });
    const otherAdmin = await staff.person({ role: "ADMIN" });
    const cases = [
      [staff.email(), "roleAccountUnknown"],
      [unverified.email, "roleAccountUnverified"],
      [moderator.email, "roleAlreadyModerator"],
      [otherAdmin.email, "roleAlreadyAdmin"],
      [admin.email, "roleAlreadyAdmin"],
    ] as const;

    for (const [email, message] of cases) {
      await expect(grantModerator(admin, { email, regionCodes: [] })).rejects.toEqual(
        expect.objectContaining({ code: "invalidInput", field: "email", fieldMessage: message }),
      );
    }
    expect(await roleOf(unverified.id)).toBe("MEMBER");
    expect(await db.roleChange.count({ where: { actorId: admin.id } })).toBe(0);
  });

  test("two admins granting the same account at once record one change", async ({ staff }) => {
    const { admin, member } = await team(staff);
    const otherAdmin = await staff.person({ role: "ADMIN" });

    const results = await Promise.allSettled([
      grantModerator(admin, { email: member.email, regionCodes: ["MA-01"] }),
      grantModerator(otherAdmin, { email: member.email, regionCodes: ["MA-02"] }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await staff.changesOf(member.id)).toHaveLength(1);
    expect(await regionsOf(member.id)).toHaveLength(1);
  });
});

describe("changeModeratorRegions", () => {
  test("sets new regions and logs them; the same regions again change nothing", async ({
    staff,
  }) => {
    const { admin, moderator } = await team(staff);

    await expect(
      changeModeratorRegions(admin, { userId: moderator.id, regionCodes: ["MA-03", "MA-05"] }),
    ).resolves.toBe(true);
    await expect(
      changeModeratorRegions(admin, { userId: moderator.id, regionCodes: ["MA-03", "MA-05"] }),
    ).resolves.toBe(false);
    await changeModeratorRegions(admin, { userId: moderator.id, regionCodes: [] });

    expect(await regionsOf(moderator.id)).toEqual([]);
    expect(
      (await staff.changesOf(moderator.id)).map((change) => [
        change.fromRole,
        change.toRole,
        change.regionCodes,
      ]),
    ).toEqual([
      ["MODERATOR", "MODERATOR", ["MA-03", "MA-05"]],
      ["MODERATOR", "MODERATOR", []],
    ]);
  });
});

describe("revokeModerator", () => {
  test("makes the moderator a member again, without regions, and logs it", async ({ staff }) => {
    const { admin, moderator } = await team(staff);

    await revokeModerator(admin, { userId: moderator.id });

    expect(await roleOf(moderator.id)).toBe("MEMBER");
    expect(await regionsOf(moderator.id)).toEqual([]);
    expect(await staff.changesOf(moderator.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        fromRole: "MODERATOR",
        toRole: "MEMBER",
        regionCodes: [],
      }),
    ]);
    const fresh = await db.user.findUniqueOrThrow({ where: { id: moderator.id } });
    expect(await moderatorScope(fresh)).toBeNull();
  });

  test("refuses to demote the admin themself or another admin, and an ex-moderator", async ({
    staff,
  }) => {
    const { admin, member } = await team(staff);
    const otherAdmin = await staff.person({ role: "ADMIN" });
    const cases = [
      [admin.id, "roleNotSelf"],
      [otherAdmin.id, "roleNotAdmin"],
      [member.id, "roleNotModerator"],
    ] as const;

    for (const [userId, message] of cases) {
      await expect(revokeModerator(admin, { userId })).rejects.toEqual(
        refusal("invalidInput", message),
      );
      await expect(
        changeModeratorRegions(admin, { userId, regionCodes: ["MA-01"] }),
      ).rejects.toEqual(refusal("invalidInput", message));
    }
    expect(await roleOf(admin.id)).toBe("ADMIN");
    expect(await roleOf(otherAdmin.id)).toBe("ADMIN");
    expect(await db.roleChange.count({ where: { actorId: admin.id } })).toBe(0);
  });
});

describe("getModeratorsPage", () => {
  test("lists admins before moderators, with regions, and the history newest first", async ({
    staff,
  }) => {
    const { admin, moderator, member } = await team(staff);
    await grantModerator(admin, { email: member.email, regionCodes: ["MA-02"] });
    await revokeModerator(admin, { userId: moderator.id });

    const { staff: listed, history } = await getModeratorsPage(admin);
    const mine = listed.filter((person) => person.email.startsWith(staff.word));

    expect(mine.map((person) => [person.id, person.role, person.moderatorRegions])).toEqual([
      [admin.id, "ADMIN", []],
      [member.id, "MODERATOR", [{ regionCode: "MA-02" }]],
    ]);
    expect(history.slice(0, 2).map((change) => [change.target.id, change.toRole])).toEqual([
      [moderator.id, "MEMBER"],
      [member.id, "MODERATOR"],
    ]);
    expect(history[0]?.actor).toEqual({ id: admin.id, email: admin.email, name: "Nadia" });
  });
});
