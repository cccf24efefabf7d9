import "server-only";
import { organisationName } from "@/lib/content/organisation-name";
import { pickField } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { organisationContentSchema } from "@/lib/organisations/content";
import { sortedLanguages } from "./languages-of";
import type { QueueDetails } from "./queue-details";
import type { QueueEntry } from "./queue-entries";

/**
 * For each profile edit of a page, keyed by revision: the name it proposes
 * as the title, the organisation's public name, and the region and languages
 * it proposes.
 */
export async function profileDetails(
  entries: QueueEntry[],
  locale: AppLocale,
): Promise<Map<string, QueueDetails>> {
  if (entries.length === 0) return new Map();

  const rows = await db.organisationRevision.findMany({
    where: { id: { in: entries.flatMap((entry) => entry.revisionId ?? []) } },
    select: {
      id: true,
      content: true,
      organisation: {
        select: { name: true, translations: { select: { locale: true, name: true } } },
      },
    },
  });

  return new Map(
    rows.flatMap(({ id, content, organisation }) => {
      const proposed = organisationContentSchema.safeParse(content);
      if (!proposed.success) return [];

      const { translations, originalLocale, regionCode } = proposed.data;
      const details: QueueDetails = {
        title: pickField(translations, "name", locale, originalLocale),
        organisation: organisationName(organisation, locale),
        regionCode,
        themeSlugs: [],
        languages: sortedLanguages(proposed.data),
      };

      return [[id, details] as const];
    }),
  );
}
