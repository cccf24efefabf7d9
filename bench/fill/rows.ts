import type { Region, Theme } from "@/lib/generated/prisma/client";
import { searchColumnsOf } from "../search-columns";
import { columnsOf, type Column } from "./insert";
import type { SyntheticInitiative, SyntheticOrganisation } from "./synthetic";

export type Reference = { regionByCode: Map<string, Region>; themeBySlug: Map<string, Theme> };

type Tables = Record<string, Record<string, Column>>;

const known = <T>(map: Map<string, T>, keys: string[]): T[] =>
  keys.flatMap((key) => {
    const value = map.get(key);

    return value ? [value] : [];
  });

/** The rows of a batch of organisations, by table. */
export function organisationTables(items: SyntheticOrganisation[], now: Date): Tables {
  return {
    Organisation: columnsOf(
      items.map((o) => ({
        id: o.id,
        slug: o.slug,
        name: o.name,
        originalLocale: o.originalLocale,
        kind: o.kind,
        regionCode: o.regionCode,
        city: o.town[o.originalLocale],
        updatedAt: now,
      })),
      {
        id: "text",
        slug: "text",
        name: "text",
        originalLocale: '"Locale"',
        kind: '"OrganisationKind"',
        regionCode: "text",
        city: "text",
        updatedAt: "timestamp(3)",
      },
    ),
    OrganisationTranslation: columnsOf(
      items.flatMap((o) =>
        o.names.map(({ locale, name }) => ({ organisationId: o.id, locale, name, updatedAt: now })),
      ),
      { organisationId: "text", locale: '"Locale"', name: "text", updatedAt: "timestamp(3)" },
    ),
  };
}

/** The Initiative row of one synthetic initiative, search columns included. */
export function initiativeRow(item: SyntheticInitiative, reference: Reference, now: Date) {
  const search = searchColumnsOf({
    id: item.id,
    city: item.city,
    translations: item.translations,
    organisationNames: item.organisation.names.map((n) => n.name),
    regions: known(reference.regionByCode, item.regionCodes),
    themes: known(reference.themeBySlug, item.themeSlugs),
  });

  return {
    id: item.id,
    slug: item.slug,
    organisationId: item.organisation.id,
    status: "PUBLISHED",
    originalLocale: item.originalLocale,
    regionCode: item.regionCodes[0],
    city: item.city,
    scope: item.scope,
    startDate: `${item.startYear}-01-01`,
    datePrecision: "YEAR",
    publishedAt: item.publishedAt,
    updatedAt: now,
    ...search,
  };
}

const initiativeTypes = {
  id: "text",
  slug: "text",
  organisationId: "text",
  status: '"InitiativeStatus"',
  originalLocale: '"Locale"',
  regionCode: "text",
  city: "text",
  scope: '"InitiativeScope"',
  startDate: "date",
  datePrecision: '"DatePrecision"',
  publishedAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

export type InitiativeRow = ReturnType<typeof initiativeRow>;

/** The rows of a batch of initiatives, by table, from their Initiative rows. */
export function initiativeTables(
  items: SyntheticInitiative[],
  rows: InitiativeRow[],
  now: Date,
): Tables {
  const searchTypes = Object.fromEntries(
    Object.keys(rows[0] ?? {})
      .filter((key) => !(key in initiativeTypes))
      .map((key) => [key, "text"]),
  );

  return {
    Initiative: columnsOf(rows, { ...initiativeTypes, ...searchTypes }),
    InitiativeTranslation: columnsOf(
      items.flatMap((i) =>
        i.translations.map((t) => ({ initiativeId: i.id, ...t, updatedAt: now })),
      ),
      {
        initiativeId: "text",
        locale: '"Locale"',
        title: "text",
        summary: "text",
        description: "text",
        updatedAt: "timestamp(3)",
      },
    ),
    InitiativeTheme: columnsOf(
      items.flatMap((i) =>
        i.themeSlugs.map((themeSlug, n) => ({
          initiativeId: i.id,
          themeSlug,
          isPrimary: n === 0,
          updatedAt: now,
        })),
      ),
      { initiativeId: "text", themeSlug: "text", isPrimary: "boolean", updatedAt: "timestamp(3)" },
    ),
    InitiativeRegion: columnsOf(
      items.flatMap((i) =>
        i.regionCodes.map((regionCode) => ({ initiativeId: i.id, regionCode, updatedAt: now })),
      ),
      { initiativeId: "text", regionCode: "text", updatedAt: "timestamp(3)" },
    ),
    InitiativeLink: columnsOf(
      items.map((i) => ({
        id: `${i.id}-source`,
        initiativeId: i.id,
        kind: "SOURCE",
        url: `https://example.org/initiatives/${i.slug}`,
        updatedAt: now,
      })),
      {
        id: "text",
        initiativeId: "text",
        kind: '"LinkKind"',
        url: "text",
        updatedAt: "timestamp(3)",
      },
    ),
  };
}
