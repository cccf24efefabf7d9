import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";

export type Actor = { id: string } | null;

/**
 * The actor, when their account is an admin's right now (the role is read
 * from the database, not from what the caller holds). Anyone else gets the
 * same "notFound" as for a page that does not exist.
 */
export async function requireAdmin(actor: Actor): Promise<{ id: string }> {
  // Checked before the query: a Prisma filter on an undefined id matches anyone.
  if (!actor?.id) throw new AppError("notFound");

  const user = await db.user.findUnique({ where: { id: actor.id }, select: { role: true } });
  if (user?.role !== "ADMIN") throw new AppError("notFound");

  return { id: actor.id };
}
