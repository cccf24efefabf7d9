import { execFile } from "node:child_process";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { test } from "./support/staff";

type Outcome = { code: number; stdout: string; stderr: string };

/** `npm run admin:create -- EMAIL` in a child process, against this run's database. */
function adminCreate(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "admin:create", "--", ...args],
      { env: { ...process.env, LOG_LEVEL: "warn" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("npm run admin:create", () => {
  test("makes an existing account an admin and logs the account itself as actor", async ({
    staff,
  }) => {
    const moderator = await staff.person({ role: "MODERATOR", regionCodes: ["MA-04"] });

    const outcome = await adminCreate(moderator.email.toUpperCase());

    expect(outcome).toMatchObject({ code: 0, stderr: "" });
    expect(outcome.stdout).toContain("is now an admin");
    const user = await db.user.findUniqueOrThrow({
      where: { id: moderator.id },
      select: { role: true, moderatorRegions: true },
    });
    expect(user).toEqual({ role: "ADMIN", moderatorRegions: [] });
    expect(await staff.changesOf(moderator.id)).toEqual([
      expect.objectContaining({
        actorId: moderator.id,
        fromRole: "MODERATOR",
        toRole: "ADMIN",
        regionCodes: [],
      }),
    ]);
  });

  test("says so for an account that is already an admin, and logs nothing", async ({ staff }) => {
    const admin = await staff.person({ role: "ADMIN" });

    const outcome = await adminCreate(admin.email);

    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("is already an admin");
    expect(await staff.changesOf(admin.id)).toEqual([]);
  });

  test("refuses an address without an account, with a message and a failing exit", async ({
    staff,
  }) => {
    const email = staff.email();

    const outcome = await adminCreate(email);

    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`No account uses ${email}`);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("refuses an account whose address is not confirmed, and logs nothing", async ({ staff }) => {
    const person = await staff.person({ verified: false });

    const outcome = await adminCreate(person.email);

    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("has not confirmed its address yet");
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      role: "MEMBER",
    });
    expect(await staff.changesOf(person.id)).toEqual([]);
  });

  test("explains its use when no address is given", async () => {
    const outcome = await adminCreate();

    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("Usage: npm run admin:create -- EMAIL");
  });
});
