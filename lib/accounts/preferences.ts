import "server-only";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";

/** The name shown to fellow members and the language the site writes mails in. */
export async function updatePreferences(
  userId: string,
  preferences: { name: string | null; mailLocale: AppLocale },
): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { name: preferences.name, locale: preferences.mailLocale },
  });
}
