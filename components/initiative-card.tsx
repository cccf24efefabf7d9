import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes, pickField } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { initiativePath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeCard as CardData } from "@/lib/initiatives/selects";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import type { HighlightTerms } from "@/lib/search/highlight-terms";
import { HighlightedText } from "./highlighted-text";
import { ThemeChip } from "./theme-chip";
import { ThemeIcon } from "./theme-icon";

type Props = {
  initiative: CardData;
  locale: AppLocale;
  lookups: ReferenceLookups;
  highlight?: HighlightTerms | null | undefined;
};

export async function InitiativeCard({ initiative, locale, lookups, highlight }: Props) {
  const t = await getTranslations({ locale, namespace: "InitiativeCard" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });

  const { translations, originalLocale } = initiative;
  const title = pickField(translations, "title", locale, originalLocale);
  const summary = pickField(translations, "summary", locale, originalLocale);
  const organisation = organisationName(initiative.organisation, locale);
  const themes = initiative.themes.flatMap((it) => lookups.themeBySlug.get(it.themeSlug) ?? []);
  const primary = themes[0];
  const region = initiative.regionCode ? lookups.regionByCode.get(initiative.regionCode) : null;
  const place = [initiative.city, region && regionName(region, locale)].filter(Boolean).join(" · ");
  const fallback = title?.isFallback ? title.lang : summary?.isFallback ? summary.lang : null;

  return (
    <article
      className={clsx(
        "relative flex h-full flex-col overflow-hidden rounded-xl",
        "border border-sand-200 bg-white shadow-sm transition hover:shadow-md",
      )}
    >
      <div
        className="flex items-center justify-between px-4 py-3 text-white"
        style={{ backgroundColor: primary?.color ?? "#4b5563" }}
      >
        <ThemeIcon slug={primary?.slug ?? "other"} className="size-7" />
        {fallback ? (
          <span className="rounded-full bg-white/90 px-2 py-0.5 text-xs font-semibold text-ink">
            {t("inLanguage", { language: languages(fallback) })}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        {/* The title's language and direction on the heading, so a French title
            on an Arabic page lines up like its French summary. */}
        <h3
          className="text-lg font-bold leading-snug [overflow-wrap:anywhere]"
          {...langAttributes(title)}
        >
          <Link
            href={initiativePath(initiative.slug)}
            className="after:absolute after:inset-0 hover:underline"
          >
            <HighlightedText text={title?.text ?? ""} terms={highlight} />
          </Link>
        </h3>
        <p className="text-sm text-ink-soft">
          {t.rich("by", {
            organisation: organisation.text,
            org: (chunks) => <bdi {...langAttributes(organisation)}>{chunks}</bdi>,
          })}
        </p>
        {summary ? (
          <p className="line-clamp-3 text-[0.95rem]" {...langAttributes(summary)}>
            <HighlightedText text={summary.text} terms={highlight} />
          </p>
        ) : null}
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-2">
          {themes.slice(0, 2).map((theme) => (
            <ThemeChip key={theme.slug} theme={theme} locale={locale} />
          ))}
          {place ? <span className="text-xs text-ink-soft">{place}</span> : null}
        </div>
      </div>
    </article>
  );
}
