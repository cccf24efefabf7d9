import { z } from "zod";
import { LinkKind, type Locale } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/routing";
import type { InitiativeFormInput, LanguageInput } from "./form-schema";

const localeSchema = z.enum(["fr", "ar", "en"]);
const dateSchema = z.iso.date().nullable();

const contentImageSchema = z.object({
  path: z.string(),
  width: z.int(),
  height: z.int(),
  bytes: z.int(),
  altText: z.string(),
  altLocale: localeSchema,
});

const contentLinkSchema = z.object({ url: z.string(), kind: z.enum(LinkKind) });

/**
 * A whole initiative as the form proposes it. Written to the initiative's
 * rows for a draft, or kept as an InitiativeRevision's `content` (JSON) for
 * an edit of a published initiative, until a moderator approves it.
 */
export const initiativeContentSchema = z.object({
  originalLocale: localeSchema,
  translations: z.array(
    z.object({
      locale: localeSchema,
      title: z.string(),
      summary: z.string().nullable(),
      description: z.string().nullable(),
    }),
  ),
  regionCode: z.string().nullable(),
  regionCodes: z.array(z.string()),
  city: z.string().nullable(),
  themeSlugs: z.array(z.string()),
  startDate: dateSchema,
  endDate: dateSchema,
  links: z.array(contentLinkSchema),
  images: z.array(contentImageSchema),
});

export type InitiativeContent = z.output<typeof initiativeContentSchema>;
export type ContentImage = z.output<typeof contentImageSchema>;
export type ContentLink = z.output<typeof contentLinkSchema>;

const SOCIAL_HOSTS = /(^|\.)(facebook|instagram|x|twitter|linkedin|youtube|tiktok)\.com$/;

const isComplete = (language: LanguageInput) =>
  Boolean(language.title && language.summary && language.description);

/**
 * The language the author wrote in: `preferred` (the current original, or
 * the page's language) when it is complete or at least titled, else the
 * first complete one, else the first titled one.
 */
export function originalLocaleOf(input: InitiativeFormInput, preferred: Locale): Locale {
  const complete = locales.filter((locale) => isComplete(input.translations[locale]));
  const titled = locales.filter((locale) => input.translations[locale].title);
  const candidates = complete.length > 0 ? complete : titled;

  return candidates.includes(preferred) ? preferred : (candidates[0] ?? preferred);
}

function linkKind(url: string, previous: ContentLink[]): LinkKind {
  const known = previous.find((link) => link.url === url);
  if (known) return known.kind;

  return SOCIAL_HOSTS.test(new URL(url).hostname.replace(/^www\./, "")) ? "SOCIAL" : "WEBSITE";
}

type Sources = { originalLocale: Locale; images: ContentImage[]; previousLinks: ContentLink[] };

export function contentFromInput(input: InitiativeFormInput, sources: Sources): InitiativeContent {
  const regionCode = input.regionCode || null;
  const otherRegions = input.otherRegions.filter((code) => code !== regionCode);
  const urls = [...new Set(input.links.filter((url) => url !== ""))];

  return {
    originalLocale: sources.originalLocale,
    translations: locales
      .filter((locale) => input.translations[locale].title)
      .map((locale) => {
        const { title, summary, description } = input.translations[locale];

        return { locale, title, summary: summary || null, description: description || null };
      }),
    regionCode,
    regionCodes: regionCode ? [regionCode, ...new Set(otherRegions)] : [],
    city: input.city || null,
    themeSlugs: [...new Set(input.themes)],
    startDate: input.startDate || null,
    endDate: input.endDate || null,
    links: urls.map((url) => ({ url, kind: linkKind(url, sources.previousLinks) })),
    images: sources.images,
  };
}
