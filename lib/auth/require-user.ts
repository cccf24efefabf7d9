import "server-only";
import { redirect } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getCurrentUser, type CurrentUser } from "./session";

/**
 * The signed-in user of a private page; anyone else goes to the sign-in page,
 * which brings them back to `returnPath` afterwards.
 */
export async function requireUser(locale: AppLocale, returnPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;

  redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnPath)}`);
}
