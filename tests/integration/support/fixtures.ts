import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import { db } from "@/lib/db/client";
import type { InitiativeStatus, Locale } from "@/lib/generated/prisma/enums";
import { searchColumnsOf } from "@/lib/search/search-columns";
import { refreshSearchColumns } from "@/lib/search/searchable";

type TranslationInput = { locale: Locale; title: string; summary?: string; description?: string };

type InitiativeInput = {
  /** Defaults to one organisation shared by this test's initiatives. */
  organisationId?: string;
  title: string;
  /** More languages, or a summary and description; `title` is the French title. */
  translations?: TranslationInput[];
  city?: string;
  status?: InitiativeStatus;
  publishedAt?: Date;
  regionCode?: string;
  regionCodes?: string[];
  themeSlugs?: string[];
  /**
   * How the search text is written: from the texts only, as if names of
   * organisation, regions and themes were missing (the default); as the
   * application writes it (everything); or not, as for rows saved before
   * the search columns existed (nothing).
   */
  indexed?: "texts" | "everything" | "nothing";
};

// Search text from the title only, as if the names of regions and themes were missing.
const NO_NAMES = { organisationNames: [], regions: [], themes: [] };

/**
 * What one test creates. Every title carries `word`, a word found nowhere else,
 * so a search for it isolates this test's rows from the seed and other tests.
 */
export class Fixtures {
  readonly word = `fixture${randomUUID().slice(0, 8)}`;
  private readonly organisationIds: string[] = [];
  private defaultOrganisationId: string | undefined;
  private created = 0;

  async organisation(name = "Association d'essai") {
    const organisation = await db.organisation.create({
      data: {
        slug: this.nextSlug("org"),
        name,
        originalLocale: "fr",
        kind: "ASSOCIATION",
        translations: { create: [{ locale: "fr", name }] },
      },
    });
    this.organisationIds.push(organisation.id);

    return organisation;
  }

  async initiative({ title, status = "PUBLISHED", indexed = "texts", ...input }: InitiativeInput) {
    const organisationId = input.organisationId ?? (await this.defaultOrganisation());
    const translations = this.translationsOf(title, input.translations ?? []);
    const regionCodes = input.regionCodes ?? ["MA-01"];
    const regionCode = input.regionCode ?? regionCodes[0];
    const themeSlugs = input.themeSlugs ?? ["other"];
    const published = status === "PUBLISHED";

    const created = await db.initiative.create({
      data: {
        slug: this.nextSlug("initiative"),
        organisationId,
        status,
        originalLocale: "fr",
        regionCode,
        city: input.city ?? null,
        ...(indexed === "texts" ? searchColumnsOf({ ...NO_NAMES, translations }) : {}),
        regionCodes: [...regionCodes].sort(),
        themeSlugs: [...themeSlugs].sort(),
        publishedAt: published ? (input.publishedAt ?? new Date()) : null,
        translations: { create: translations },
        regions: { create: regionCodes.map((code) => ({ regionCode: code })) },
        themes: {
          create: themeSlugs.map((themeSlug, i) => ({
            themeSlug,
            isPrimary: i === 0,
          })),
        },
      },
    });
    if (indexed === "everything") await refreshSearchColumns(db, created.id);

    return created;
  }

  /** The French title with this test's word, and the other translations given. */
  private translationsOf(title: string, more: TranslationInput[]): TranslationInput[] {
    const french = more.find((t) => t.locale === "fr");
    const others = more.filter((t) => t.locale !== "fr");

    return [{ ...french, locale: "fr", title: `${title} ${this.word}` }, ...others];
  }

  private async defaultOrganisation() {
    this.defaultOrganisationId ??= (await this.organisation()).id;

    return this.defaultOrganisationId;
  }

  async cleanup() {
    const organisationId = { in: this.organisationIds };

    await db.initiative.deleteMany({ where: { organisationId } });
    await db.organisation.deleteMany({ where: { id: organisationId } });
  }

  private nextSlug(kind: string) {
    this.created += 1;

    return `${this.word}-${kind}-${this.created}`;
  }
}

/** A test that receives fresh fixtures and deletes them when it ends, passed or failed. */
export const test = base.extend<{ fixtures: Fixtures }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  fixtures: async ({}, use) => {
    const fixtures = new Fixtures();

    await use(fixtures);
    await fixtures.cleanup();
  },
});
