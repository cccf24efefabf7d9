import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import type { AppLocale } from "@/lib/i18n/routing";
import { moderatorScope } from "./scope";

/**
 * The moderator of a moderation page with their scope. Signed-out visitors go
 * to sign in; other accounts get the 404 (the proxy answers it before the
 * page renders, see lib/routing/hidden-private-page.ts).
 */
export async function requireModerator(locale: AppLocale, returnPath: string) {
  const user = await requireUser(locale, returnPath);
  const scope = await moderatorScope(user);
  if (!scope) notFound();

  return { user, scope };
}
