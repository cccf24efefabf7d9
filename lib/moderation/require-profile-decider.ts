import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isOrganisationInScope } from "./profile-scope";
import { moderatorScope } from "./scope";

/**
 * The moderator deciding about an edit of an organisation's profile, by the
 * same rules as for an initiative: anyone else, and a moderator whose regions
 * do not cover it, gets notFound; a member of the organisation gets
 * ownOrganisation, and another moderator must decide.
 */
export async function requireProfileDecider(
  actor: CurrentUser | null,
  organisationId: string,
): Promise<CurrentUser> {
  const scope = await moderatorScope(actor);
  if (!actor || !scope || !(await isOrganisationInScope(scope, organisationId))) {
    throw new AppError("notFound");
  }

  const memberships = await db.membership.count({ where: { userId: actor.id, organisationId } });
  if (memberships > 0) throw new AppError("ownOrganisation");

  return actor;
}
