import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { InitiativeScope, Locale } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/text/slug";
import { firstSentence } from "@/lib/text/summary";
import { organisationKindOf } from "./organisation-kinds";
import {
  initiativeFileSchema,
  regionFileSchema,
  themeFileSchema,
  type SourceInitiative,
} from "./source-types";

const dataDir = path.join(process.cwd(), "prisma", "seed-data");

function readData<T>(file: string, schema: { parse: (value: unknown) => T }): T {
  return schema.parse(JSON.parse(readFileSync(path.join(dataDir, file), "utf8")));
}

/** Regions and themes: reference data, brought up to date on every start. */
export async function seedReferenceData(db: PrismaClient) {
  const { regions } = readData("regions.json", regionFileSchema);
  const { themes } = readData("themes.json", themeFileSchema);

  for (const [index, r] of regions.entries()) {
    const data = {
      hcpCode: r.hcp_code,
      sortOrder: index + 1,
      nameFr: r.name_fr,
      nameAr: r.name_ar,
      nameEn: r.name_en,
      capitalFr: r.capital.fr,
      capitalAr: r.capital.ar,
      capitalEn: r.capital.en,
      aliases: [...new Set([r.name_fr_hcp, ...r.name_ar_variants])],
    };
    await db.region.upsert({
      where: { code: r.code },
      create: { code: r.code, ...data },
      update: data,
    });
  }

  for (const t of themes) {
    const data = {
      sortOrder: t.order,
      labelFr: t.label.fr,
      labelAr: t.label.ar,
      labelEn: t.label.en,
      descriptionFr: t.description.fr,
      descriptionAr: t.description.ar,
      descriptionEn: t.description.en,
      color: t.color,
      aliases: t.aliases,
    };
    await db.theme.upsert({ where: { slug: t.id }, create: { slug: t.id, ...data }, update: data });
  }
}

async function findOrCreateOrganisation(db: PrismaClient, source: SourceInitiative) {
  const slug = slugify(source.organisation.name, "organisation");
  const existing = await db.organisation.findUnique({ where: { slug } });
  if (existing) return existing;

  const translations: { locale: Locale; name: string }[] = [
    { locale: "fr", name: source.organisation.name },
  ];
  if (source.organisation.name_ar) {
    translations.push({ locale: "ar", name: source.organisation.name_ar });
  }

  return db.organisation.create({
    data: {
      slug,
      name: source.organisation.name,
      originalLocale: "fr",
      kind: organisationKindOf(source.org_type),
      regionCode: source.region_code,
      city: source.city,
      translations: { create: translations },
    },
  });
}

function translationsOf(source: SourceInitiative) {
  const full = (["fr", "en"] as const).map((locale) => ({
    locale,
    title: source.title[locale],
    summary: firstSentence(source.description[locale]),
    description: source.description[locale],
  }));
  // Arabic titles exist for some records; no Arabic description was sourced,
  // so the page falls back to the original language for the rest.
  const arabic = source.title.ar ? [{ locale: "ar" as const, title: source.title.ar }] : [];

  return [...full, ...arabic];
}

/** The sourced initiatives, as published, only into a database that has none. */
export async function seedInitiatives(db: PrismaClient): Promise<number> {
  if ((await db.initiative.count()) > 0) return 0;

  const { initiatives } = readData("initiatives.json", initiativeFileSchema);
  const seededAt = Date.now();

  for (const [index, source] of initiatives.entries()) {
    const organisation = await findOrCreateOrganisation(db, source);
    const translations = translationsOf(source);
    const themeSlugs = [source.theme, ...source.secondary_themes.filter((t) => t !== source.theme)];

    await db.initiative.create({
      data: {
        slug: source.slug,
        organisationId: organisation.id,
        status: "PUBLISHED",
        originalLocale: "fr",
        regionCode: source.region_code,
        city: source.city,
        scope: source.scope ? (source.scope.toUpperCase() as InitiativeScope) : null,
        startDate: source.start_year ? new Date(Date.UTC(source.start_year, 0, 1)) : null,
        datePrecision: "YEAR",
        // The file's order, newest first, so the home page starts with it.
        publishedAt: new Date(seededAt - index * 60_000),
        translations: { create: translations },
        themes: {
          create: themeSlugs.map((themeSlug, i) => ({ themeSlug, isPrimary: i === 0 })),
        },
        regions: { create: source.region_codes.map((regionCode) => ({ regionCode })) },
        links: {
          create: source.sources.map((url, sortOrder) => ({ kind: "SOURCE", url, sortOrder })),
        },
      },
    });
  }

  return initiatives.length;
}
