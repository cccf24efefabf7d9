import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/session";
import { isInScope, moderatorScope } from "./scope";

/**
 * The moderator deciding about an initiative. Anyone else, and a moderator
 * whose regions do not cover it, gets notFound: nothing confirms it exists.
 */
export async function requireDecider(
  actor: CurrentUser | null,
  initiativeId: string,
): Promise<CurrentUser> {
  const scope = await moderatorScope(actor);
  if (!actor || !scope || !(await isInScope(scope, initiativeId))) {
    throw new AppError("notFound");
  }

  return actor;
}
