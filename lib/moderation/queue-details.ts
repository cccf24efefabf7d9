import "server-only";
import { organisationName } from "@/lib/content/organisation-name";
import { pickField, type LocalizedText } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import { initiativeContentSchema } from "@/lib/initiatives/content";
import { sortedLanguages } from "./languages-of";
import { profileDetails } from "./profile-queue-details";
import type { QueueEntry } from "./queue-entries";

/** What a queue line shows besides its entry. */
export type QueueDetails = {
  title: LocalizedText | null;
  organisation: LocalizedText;
  regionCode: string | null;
  themeSlugs: string[];
  languages: Locale[];
};

export type QueueItem = QueueEntry & QueueDetails & { key: string };

// What a queue line shows: the languages, region and themes of the version
// under review (the proposed one for an edit).
type Shown = {
  originalLocale: Locale;
  translations: { locale: Locale; title: string }[];
  regionCode: string | null;
  themeSlugs: string[];
};

async function readInitiatives(ids: string[]) {
  const rows = await db.initiative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      originalLocale: true,
      regionCode: true,
      translations: { select: { locale: true, title: true } },
      themes: {
        select: { themeSlug: true },
        orderBy: [{ isPrimary: "desc" }, { themeSlug: "asc" }],
      },
      organisation: {
        select: { name: true, translations: { select: { locale: true, name: true } } },
      },
    },
  });

  return new Map(rows.map((row) => [row.id, row]));
}

async function readProposals(ids: string[]): Promise<Map<string, Shown>> {
  const rows = await db.initiativeRevision.findMany({
    where: { id: { in: ids } },
    select: { id: true, content: true },
  });

  return new Map(
    rows.flatMap((row) => {
      const parsed = initiativeContentSchema.safeParse(row.content);

      return parsed.success ? [[row.id, parsed.data] as const] : [];
    }),
  );
}

/** The title, organisation, region, themes and languages of each entry of a page. */
export async function withDetails(entries: QueueEntry[], locale: AppLocale): Promise<QueueItem[]> {
  const ofInitiatives = entries.filter((entry) => entry.kind !== "profile");
  const revisionIds = ofInitiatives.flatMap((entry) => entry.revisionId ?? []);
  const [initiatives, proposals, profiles] = await Promise.all([
    readInitiatives(ofInitiatives.map((entry) => entry.subjectId)),
    readProposals(revisionIds),
    profileDetails(
      entries.filter((entry) => entry.kind === "profile"),
      locale,
    ),
  ]);

  return entries.flatMap((entry) => {
    const key = `${entry.kind}:${entry.revisionId ?? entry.subjectId}`;
    if (entry.kind === "profile") {
      const details = profiles.get(entry.revisionId ?? "");

      return details ? [{ ...entry, ...details, key }] : [];
    }

    const initiative = initiatives.get(entry.subjectId);
    if (!initiative) return [];

    const current = { ...initiative, themeSlugs: initiative.themes.map((t) => t.themeSlug) };
    const shown: Shown = (entry.revisionId && proposals.get(entry.revisionId)) || current;

    return [
      {
        ...entry,
        key,
        title: pickField(shown.translations, "title", locale, shown.originalLocale),
        organisation: organisationName(initiative.organisation, locale),
        regionCode: shown.regionCode,
        themeSlugs: shown.themeSlugs,
        languages: sortedLanguages(shown),
      },
    ];
  });
}
