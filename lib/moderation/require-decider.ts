import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isInScope, moderatorScope } from "./scope";

// A yes must come from outside the organisation: a moderator who belongs to
// it leaves the decision to another.
async function belongsToIts(actor: CurrentUser, initiativeId: string): Promise<boolean> {
  const memberships = await db.membership.count({
    where: { userId: actor.id, organisation: { initiatives: { some: { id: initiativeId } } } },
  });

  return memberships > 0;
}

/**
 * The moderator deciding about an initiative. Anyone else, and a moderator
 * whose regions do not cover it, gets notFound: nothing confirms it exists.
 * A member of the initiative's organisation gets ownOrganisation.
 */
export async function requireDecider(
  actor: CurrentUser | null,
  initiativeId: string,
): Promise<CurrentUser> {
  const scope = await moderatorScope(actor);
  if (!actor || !scope || !(await isInScope(scope, initiativeId))) {
    throw new AppError("notFound");
  }
  if (await belongsToIts(actor, initiativeId)) throw new AppError("ownOrganisation");

  return actor;
}
