import { randomUUID } from "node:crypto";
import { slugify } from "@/lib/text/slug";
import { townsByRegion, type Place } from "./places";
import type { Random } from "./random";
import { makeContent, renderContent } from "./synthetic-text";
import { vocabularies, type BenchLocale } from "./vocabulary";

export const INITIATIVES_PER_ORGANISATION = 20;

const REGION_CODES = Object.keys(townsByRegion);
const ORGANISATION_KINDS = ["ASSOCIATION", "COOPERATIVE", "INFORMAL_GROUP", "FOUNDATION"];
const SCOPES = ["LOCAL", "LOCAL", "LOCAL", "REGIONAL", "REGIONAL", "NATIONAL"];
// The theme of each topic of the vocabularies, by index.
const TOPIC_THEMES = [
  "waste",
  "waste",
  "waste",
  "agriculture",
  "energy",
  "biodiversity",
  "water",
  "water",
  "advocacy",
  "adaptation",
  "waste",
  "biodiversity",
  "waste",
  "waste",
  "energy",
  "education",
  "mobility",
  "water",
  "adaptation",
  "biodiversity",
];
const ALL_THEMES = [...new Set([...TOPIC_THEMES, "other"])];
const FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000;

export type SyntheticOrganisation = {
  id: string;
  slug: string;
  name: string;
  originalLocale: BenchLocale;
  kind: string;
  regionCode: string;
  town: Place;
  names: { locale: BenchLocale; name: string }[];
};

export type SyntheticTranslation = {
  locale: BenchLocale;
  title: string;
  summary: string;
  description: string;
};

export type SyntheticInitiative = {
  id: string;
  slug: string;
  organisation: SyntheticOrganisation;
  originalLocale: BenchLocale;
  regionCodes: string[];
  city: string;
  scope: string;
  startYear: number;
  publishedAt: Date;
  translations: SyntheticTranslation[];
  themeSlugs: string[];
};

/** Mostly French or Arabic, as on the real platform; some English. */
function originalLocaleOf(random: Random): BenchLocale {
  const roll = random.next();

  return roll < 0.45 ? "fr" : roll < 0.85 ? "ar" : "en";
}

function languagesOf(original: BenchLocale, random: Random): BenchLocale[] {
  const other: BenchLocale = original === "ar" ? "fr" : "ar";
  const languages = [original];
  if (random.chance(0.5)) languages.push(other);
  if (original !== "en" && random.chance(0.25)) languages.push("en");

  return languages;
}

export function makeOrganisation(index: number, random: Random): SyntheticOrganisation {
  const originalLocale = originalLocaleOf(random);
  const regionCode = REGION_CODES[index % REGION_CODES.length] ?? "MA-01";
  const town = random.pick(townsByRegion[regionCode] ?? []);
  const kind = random.int(0, 3);
  const name = random.int(0, 7);
  const names = languagesOf(originalLocale, random).map((locale) => {
    const words = vocabularies[locale];

    return {
      locale,
      name: words.organisation(
        words.organisationKinds[kind] ?? "",
        words.organisationNames[name] ?? "",
        town[locale],
      ),
    };
  });
  const primary = names[0]?.name ?? `organisation ${index}`;

  return {
    id: randomUUID(),
    slug: `${slugify(primary, "organisation")}-${index}`,
    name: primary,
    originalLocale,
    kind: ORGANISATION_KINDS[kind] ?? "ASSOCIATION",
    regionCode,
    town,
    names,
  };
}

function themesOf(topic: number, random: Random): string[] {
  const themes = new Set([TOPIC_THEMES[topic] ?? "other"]);
  for (let extra = random.int(0, 2); extra > 0; extra--) themes.add(random.pick(ALL_THEMES));

  return [...themes];
}

/** One published initiative of `organisation`, mostly in the organisation's region. */
export function makeInitiative(
  index: number,
  organisation: SyntheticOrganisation,
  random: Random,
  now: number,
): SyntheticInitiative {
  const regionCode = random.chance(0.8) ? organisation.regionCode : random.pick(REGION_CODES);
  const town = random.pick(townsByRegion[regionCode] ?? []);
  const originalLocale = originalLocaleOf(random);
  const topic = random.int(0, TOPIC_THEMES.length - 1);
  const startYear = random.int(2010, 2026);
  const content = makeContent(topic, town, startYear, random);
  const translations = languagesOf(originalLocale, random).map((locale) =>
    renderContent(locale, content),
  );
  const second = random.chance(0.2) ? [random.pick(REGION_CODES)] : [];

  return {
    id: randomUUID(),
    slug: `${slugify(translations[0]?.title ?? "", "initiative")}-${index}`,
    organisation,
    originalLocale,
    regionCodes: [...new Set([regionCode, ...second])],
    city: town[originalLocale],
    scope: random.pick(SCOPES),
    startYear,
    publishedAt: new Date(now - Math.floor(random.next() * FIVE_YEARS_MS)),
    translations,
    themeSlugs: themesOf(topic, random),
  };
}
