import { getFormatter, getTranslations } from "next-intl/server";
import { OrganisationKind, type DatePrecision } from "@/lib/generated/prisma/enums";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import type { FieldDiff, ListDiff, TextDiff, ValueDiff } from "@/lib/moderation/diff";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import { formatContentDate } from "./content-date";
import { ContentImages } from "./content-images";
import { ContentLinks } from "./content-links";
import { LogoSide } from "./logo-side";
import { TextSegments } from "./text-segments";

export type DiffContext = {
  locale: AppLocale;
  lookups: ReferenceLookups;
  precision: DatePrecision;
};

type Side = "before" | "after";

type Props = DiffContext & { diff: FieldDiff; side: Side };

const isOrganisationKind = (value: string): value is OrganisationKind =>
  Object.values<string>(OrganisationKind).includes(value);

const otherSide = (side: Side): Side => (side === "before" ? "after" : "before");

// An item only one side has: taken out on the published side, put in on the proposed one.
function markMissingFrom<T>(other: readonly T[], side: Side, key: (item: T) => string) {
  const others = new Set(other.map(key));

  return (item: T) => (others.has(key(item)) ? null : side === "before" ? "removed" : "added");
}

function TextSide({ diff, side }: { diff: TextDiff; side: Side }) {
  return (
    <p
      lang={diff.locale}
      dir={diff.locale === "ar" ? "rtl" : "ltr"}
      className="whitespace-pre-line"
    >
      {diff.segments ? <TextSegments segments={diff.segments} side={side} /> : diff[side]}
    </p>
  );
}

async function valueText(
  { locale, lookups, precision }: DiffContext,
  diff: ValueDiff,
  value: string,
) {
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });
  const kinds = await getTranslations({ locale, namespace: "OrganisationKind" });
  const format = await getFormatter({ locale });
  const region = lookups.regionByCode.get(value);

  if (diff.field === "originalLocale") return isLocale(value) ? languages(value) : value;
  if (diff.field === "kind") return isOrganisationKind(value) ? kinds(value) : value;
  if (diff.field === "website") return <ContentLinks urls={[value]} />;
  if (diff.field === "region") return region ? regionName(region, locale) : value;
  if (diff.field === "startDate" || diff.field === "endDate") {
    return formatContentDate(format, value, precision);
  }

  return <bdi>{value}</bdi>;
}

function itemName({ locale, lookups }: DiffContext, diff: ListDiff, item: string) {
  const theme = diff.field === "themes" ? lookups.themeBySlug.get(item) : undefined;
  const region = diff.field === "otherRegions" ? lookups.regionByCode.get(item) : undefined;
  if (theme) return themeLabel(theme, locale);

  return region ? regionName(region, locale) : item;
}

function ListSide({ diff, side, ...context }: DiffContext & { diff: ListDiff; side: Side }) {
  const markOf = markMissingFrom(diff[otherSide(side)], side, (item) => item);
  if (diff.field === "links" || diff.field === "socialLinks") {
    return <ContentLinks urls={diff[side]} markOf={markOf} />;
  }

  return (
    <ul className="flex flex-wrap gap-2">
      {diff[side].map((item) => {
        const mark = markOf(item);
        const name = itemName(context, diff, item);

        return (
          <li key={item} className="rounded-full bg-sand-100 px-3 py-1 text-sm font-semibold">
            {mark === "added" ? <ins className="bg-green-100 text-green-900">{name}</ins> : null}
            {mark === "removed" ? (
              <del className="bg-orange-100 text-terracotta">{name}</del>
            ) : null}
            {mark ? null : name}
          </li>
        );
      })}
    </ul>
  );
}

/** One side of a field's comparison, with what the other side lacks marked. */
export async function DiffValue({ diff, side, ...context }: Props) {
  const t = await getTranslations({ locale: context.locale, namespace: "ModerationReview" });
  const value = diff[side];
  if (value === null || value.length === 0) {
    return <span className="text-ink-soft">{t("empty")}</span>;
  }

  switch (diff.kind) {
    case "text":
      return <TextSide diff={diff} side={side} />;
    case "value":
      return valueText(context, diff, diff[side] ?? "");
    case "list":
      return <ListSide {...context} diff={diff} side={side} />;
    case "logo":
      return <LogoSide path={diff[side] ?? ""} alt={t("logoAlt", { side })} />;
    case "images": {
      const markOf = markMissingFrom(diff[otherSide(side)], side, (image) => image.path);

      return <ContentImages locale={context.locale} images={diff[side]} markOf={markOf} />;
    }
  }
}
