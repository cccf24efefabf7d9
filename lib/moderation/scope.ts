import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a moderator may see and decide: every region, or only some. An admin,
 * and a moderator with no region assigned, see everything.
 */
export type ModeratorScope = { all: true } | { all: false; regionCodes: string[] };

export function isModerator(user: Pick<CurrentUser, "role"> | null): boolean {
  return user?.role === "MODERATOR" || user?.role === "ADMIN";
}

/** The scope of a moderator or admin; null for anyone else. */
export async function moderatorScope(
  user: Pick<CurrentUser, "id" | "role"> | null,
): Promise<ModeratorScope | null> {
  if (!user || !isModerator(user)) return null;
  if (user.role === "ADMIN") return { all: true };

  const regions = await db.moderatorRegion.findMany({
    where: { userId: user.id },
    select: { regionCode: true },
  });
  if (regions.length === 0) return { all: true };

  return { all: false, regionCodes: regions.map((region) => region.regionCode) };
}

/**
 * The initiatives a scope covers, as a Prisma filter. An initiative counts as
 * in a region when its primary region or any region it works in is there; one
 * with no region yet is for moderators of every region only.
 */
export function initiativesInScope(scope: ModeratorScope): Prisma.InitiativeWhereInput {
  if (scope.all) return {};

  return {
    OR: [
      { regionCode: { in: scope.regionCodes } },
      { regions: { some: { regionCode: { in: scope.regionCodes } } } },
    ],
  };
}

/** True when the initiative exists and the scope covers it. */
export async function isInScope(scope: ModeratorScope, initiativeId: string): Promise<boolean> {
  const found = await db.initiative.count({
    where: { AND: [{ id: initiativeId }, initiativesInScope(scope)] },
  });

  return found > 0;
}

/**
 * True when the scope covers the initiative and it has been sent for review
 * at least once: a draft belongs to its organisation alone.
 */
export async function isReviewable(scope: ModeratorScope, initiativeId: string) {
  const found = await db.initiative.count({
    where: { AND: [{ id: initiativeId, status: { not: "DRAFT" } }, initiativesInScope(scope)] },
  });

  return found > 0;
}
