import "server-only";
import { db } from "@/lib/db/client";
import { requireAdmin, type Actor } from "./require-admin";

// The latest changes are enough to follow what happened recently; older
// ones stay in the table.
export const HISTORY_LENGTH = 100;

const person = { select: { id: true, email: true, name: true } } as const;

function listStaff() {
  return db.user.findMany({
    where: { role: { in: ["ADMIN", "MODERATOR"] } },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      moderatorRegions: { select: { regionCode: true }, orderBy: { regionCode: "asc" } },
    },
  });
}

function listRoleChanges() {
  return db.roleChange.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LENGTH,
    select: {
      id: true,
      fromRole: true,
      toRole: true,
      regionCodes: true,
      createdAt: true,
      actor: person,
      target: person,
    },
  });
}

/** Admins and moderators with their regions, and the latest role changes, for an admin. */
export async function getModeratorsPage(actor: Actor) {
  await requireAdmin(actor);
  const [staff, history] = await Promise.all([listStaff(), listRoleChanges()]);

  return { staff, history };
}

export type ModeratorsPage = Awaited<ReturnType<typeof getModeratorsPage>>;
