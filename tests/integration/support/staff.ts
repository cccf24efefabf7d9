import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import { db } from "@/lib/db/client";
import type { Locale, UserRole } from "@/lib/generated/prisma/enums";

type NewPerson = {
  role?: UserRole;
  verified?: boolean;
  locale?: Locale;
  name?: string;
  regionCodes?: string[];
};

/**
 * Accounts with roles for one test, each with an address no other test
 * uses. Role changes are append-only and hold on to both accounts, so those
 * accounts stay behind; the test database is dropped at the end of the run.
 */
export class Staff {
  readonly word = `staff${randomUUID().slice(0, 8)}`;
  private count = 0;
  private readonly userIds: string[] = [];

  email(): string {
    this.count += 1;

    return `${this.word}-${this.count}@example.org`;
  }

  /** An account set up straight in the database, as if it had always had this role. */
  async person({ role = "MEMBER", verified = true, locale = "fr", ...rest }: NewPerson = {}) {
    const user = await db.user.create({
      data: {
        email: this.email(),
        name: rest.name ?? null,
        role,
        locale,
        emailVerifiedAt: verified ? new Date() : null,
        moderatorRegions: {
          create: (rest.regionCodes ?? []).map((regionCode) => ({ regionCode })),
        },
      },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
    this.userIds.push(user.id);

    return user;
  }

  /** The role changes that name this account as the one changed, oldest first. */
  changesOf(targetId: string) {
    return db.roleChange.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
  }

  async cleanup() {
    await db.user.deleteMany({
      where: {
        id: { in: this.userIds },
        roleChangesMade: { none: {} },
        roleChangesGot: { none: {} },
      },
    });
  }
}

/** A test that receives its own accounts and deletes those it can when it ends. */
export const test = base.extend<{ staff: Staff }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  staff: async ({}, use) => {
    const staff = new Staff();

    await use(staff);
    await staff.cleanup();
  },
});
