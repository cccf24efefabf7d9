import "server-only";
import { pickField, type LocalizedText } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { initiativesInScope, type ModeratorScope } from "./scope";

/** The title of an initiative the scope covers, for the page's title; null otherwise. */
export async function reviewTitle(
  scope: ModeratorScope,
  initiativeId: string,
  locale: AppLocale,
): Promise<LocalizedText | null> {
  const initiative = await db.initiative.findFirst({
    where: { AND: [{ id: initiativeId }, initiativesInScope(scope)] },
    select: { originalLocale: true, translations: { select: { locale: true, title: true } } },
  });
  if (!initiative) return null;

  return pickField(initiative.translations, "title", locale, initiative.originalLocale);
}
