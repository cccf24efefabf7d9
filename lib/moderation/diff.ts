import type { Locale } from "@/lib/generated/prisma/enums";
import type { ContentImage, InitiativeContent } from "@/lib/initiatives/content";
import { diffWords, type TextSegment } from "./word-diff";

export type FieldChange = "changed" | "added" | "removed" | "unchanged";

type InitiativeTextField = "title" | "summary" | "description";

export type TextField = InitiativeTextField | "name";

export type TextDiff = {
  kind: "text";
  field: TextField;
  locale: Locale;
  before: string | null;
  after: string | null;
  change: FieldChange;
  /** Word by word, for a text changed on both sides. */
  segments: TextSegment[] | null;
};

export type ValueDiff = {
  kind: "value";
  field: "originalLocale" | "region" | "city" | "startDate" | "endDate" | "kind" | "website";
  before: string | null;
  after: string | null;
  change: FieldChange;
};

export type ListDiff = {
  kind: "list";
  field: "otherRegions" | "themes" | "links" | "socialLinks";
  before: string[];
  after: string[];
  change: FieldChange;
};

export type ImagesDiff = {
  kind: "images";
  field: "images";
  before: ContentImage[];
  after: ContentImage[];
  change: FieldChange;
};

/** An organisation's logo, by its stored name. */
export type LogoDiff = {
  kind: "logo";
  field: "logo";
  before: string | null;
  after: string | null;
  change: FieldChange;
};

export type FieldDiff = TextDiff | ValueDiff | ListDiff | ImagesDiff | LogoDiff;

const TEXT_FIELDS: readonly InitiativeTextField[] = ["title", "summary", "description"];
export const LOCALES: readonly Locale[] = ["fr", "ar", "en"];

const isEmpty = (value: string | null | readonly unknown[]) => value === null || value.length === 0;

export function changeOf<T extends string | null | readonly unknown[]>(
  before: T,
  after: T,
  same: (a: T, b: T) => boolean,
): FieldChange {
  if (isEmpty(before) && isEmpty(after)) return "unchanged";
  if (isEmpty(before)) return "added";
  if (isEmpty(after)) return "removed";

  return same(before, after) ? "unchanged" : "changed";
}

export const sameValue = (a: string | null, b: string | null) => a === b;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

const imageKey = (image: ContentImage) => `${image.path}|${image.altLocale}|${image.altText}`;

const sameImages = (a: ContentImage[], b: ContentImage[]) =>
  sameList(a.map(imageKey), b.map(imageKey));

function textOf(
  content: InitiativeContent,
  locale: Locale,
  field: InitiativeTextField,
): string | null {
  const value = content.translations.find((t) => t.locale === locale)?.[field];

  return value?.trim() ? value : null;
}

/** One text field in one language, compared word by word when both sides have it. */
export function textDiff(
  field: TextField,
  locale: Locale,
  a: string | null,
  b: string | null,
): TextDiff {
  const change = changeOf(a, b, sameValue);
  const segments = change === "changed" && a && b ? diffWords(a, b) : null;

  return { kind: "text", field, locale, before: a, after: b, change, segments };
}

function textDiffs(before: InitiativeContent, after: InitiativeContent): TextDiff[] {
  const written = (content: InitiativeContent, locale: Locale) =>
    content.translations.some((t) => t.locale === locale);
  const locales = LOCALES.filter((l) => written(before, l) || written(after, l));

  return locales.flatMap((locale) =>
    TEXT_FIELDS.map((field) =>
      textDiff(field, locale, textOf(before, locale, field), textOf(after, locale, field)),
    ),
  );
}

export function valueDiff(field: ValueDiff["field"], before: string | null, after: string | null) {
  const a = before?.trim() ? before : null;
  const b = after?.trim() ? after : null;

  return { kind: "value" as const, field, before: a, after: b, change: changeOf(a, b, sameValue) };
}

export function listDiff(field: ListDiff["field"], before: string[], after: string[]): ListDiff {
  return { kind: "list", field, before, after, change: changeOf(before, after, sameList) };
}

const otherRegions = (content: InitiativeContent) =>
  content.regionCodes.filter((code) => code !== content.regionCode);

/**
 * Field by field, what a proposed version changes in the current one: each
 * title, summary and description per language, then the place, themes,
 * dates, links and images. Fields empty on both sides are left out.
 */
export function diffContent(before: InitiativeContent, after: InitiativeContent): FieldDiff[] {
  const images: ImagesDiff = {
    kind: "images",
    field: "images",
    before: before.images,
    after: after.images,
    change: changeOf(before.images, after.images, sameImages),
  };
  const urls = (content: InitiativeContent) => content.links.map((link) => link.url);
  const all: FieldDiff[] = [
    ...textDiffs(before, after),
    valueDiff("originalLocale", before.originalLocale, after.originalLocale),
    valueDiff("region", before.regionCode, after.regionCode),
    listDiff("otherRegions", otherRegions(before), otherRegions(after)),
    valueDiff("city", before.city, after.city),
    listDiff("themes", before.themeSlugs, after.themeSlugs),
    valueDiff("startDate", before.startDate, after.startDate),
    valueDiff("endDate", before.endDate, after.endDate),
    listDiff("links", urls(before), urls(after)),
    images,
  ];

  return withoutEmpty(all);
}

/** Leaves out the fields empty on both sides. */
export function withoutEmpty(diffs: FieldDiff[]): FieldDiff[] {
  return diffs.filter((diff) => !(diff.change === "unchanged" && isEmpty(diff.before)));
}

/** True when the proposed version differs from the current one in any field. */
export function hasChanges(diffs: readonly FieldDiff[]): boolean {
  return diffs.some((diff) => diff.change !== "unchanged");
}

/** A key naming the field, and its language for a text. */
export function fieldKey(diff: FieldDiff): string {
  return diff.kind === "text" ? `${diff.field}.${diff.locale}` : diff.field;
}
