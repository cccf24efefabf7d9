import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ThemeChip } from "@/components/theme-chip";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeContent } from "@/lib/initiatives/content";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import { ContentImages } from "./content-images";
import { formatContentDate } from "./content-date";
import { ContentLinks } from "./content-links";

type Props = {
  locale: AppLocale;
  content: InitiativeContent;
  precision: DatePrecision;
  lookups: ReferenceLookups;
};

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where, on what and when, with every link and image: the facts a moderator checks. */
export async function ContentDetails({ locale, content, precision, lookups }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const format = await getFormatter({ locale });
  const region = (code: string) => {
    const found = lookups.regionByCode.get(code);

    return found ? regionName(found, locale) : code;
  };
  const others = content.regionCodes.filter((code) => code !== content.regionCode);
  const themes = content.themeSlugs.flatMap((slug) => lookups.themeBySlug.get(slug) ?? []);
  const date = (iso: string | null) =>
    iso ? formatContentDate(format, iso, precision) : t("notGiven");

  return (
    <dl className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-sand-200 sm:p-5">
      <Row term={t("field.region")}>
        {content.regionCode ? region(content.regionCode) : t("notGiven")}
      </Row>
      {others.length > 0 ? (
        <Row term={t("field.otherRegions")}>{format.list(others.map(region))}</Row>
      ) : null}
      <Row term={t("field.city")}>{content.city ? <bdi>{content.city}</bdi> : t("notGiven")}</Row>
      <Row term={t("field.themes")}>
        <span className="flex flex-wrap gap-2">
          {themes.map((theme) => (
            <ThemeChip key={theme.slug} theme={theme} locale={locale} />
          ))}
        </span>
      </Row>
      <Row term={t("field.startDate")}>{date(content.startDate)}</Row>
      <Row term={t("field.endDate")}>{date(content.endDate)}</Row>
      <Row term={t("field.links")}>
        {content.links.length > 0 ? (
          <ContentLinks urls={content.links.map((l) => l.url)} />
        ) : (
          t("notGiven")
        )}
      </Row>
      <Row term={t("field.images")}>
        {content.images.length > 0 ? (
          <ContentImages locale={locale} images={content.images} />
        ) : (
          t("notGiven")
        )}
      </Row>
    </dl>
  );
}
