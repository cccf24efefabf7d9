import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pickField } from "@/lib/content/pick-language";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { decodeSlug, initiativePath } from "@/lib/i18n/paths";
import { getPublishedInitiative } from "./queries";

type Params = Promise<{ locale: string; slug: string }>;

/** The locale and initiative of an initiative page's route; a 404 when not published. */
export async function resolveInitiativePage(params: Params) {
  const locale = await resolveLocale(params);
  const initiative = await getPublishedInitiative(decodeSlug((await params).slug));
  if (!initiative) notFound();

  return { locale, initiative };
}

/** Title, summary and language versions of an initiative page. */
export async function initiativeMetadata(params: Params): Promise<Metadata> {
  const { locale, initiative } = await resolveInitiativePage(params);
  const { translations, originalLocale } = initiative;

  return {
    title: pickField(translations, "title", locale, originalLocale)?.text,
    description: pickField(translations, "summary", locale, originalLocale)?.text,
    alternates: alternatesFor(locale, initiativePath(initiative.slug)),
  };
}
