import { getTranslations } from "next-intl/server";
import { InitiativeGallery } from "@/components/initiative-gallery";
import { BackLink } from "@/components/back-link";
import { InitiativeDates } from "@/components/initiative-dates";
import { LinkList } from "@/components/link-list";
import { ReportSection } from "@/components/reports/report-section";
import { ThemeChip } from "@/components/theme-chip";
import { ThemeIcon } from "@/components/theme-icon";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes, pickField } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { organisationPath, regionPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeDetail } from "@/lib/initiatives/selects";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = {
  locale: AppLocale;
  initiative: InitiativeDetail;
  /** Confirms a report the visitor just sent. */
  reported: boolean;
};

/** An initiative's public page. */
export async function InitiativeView({ locale, initiative, reported }: Props) {
  const t = await getTranslations({ locale, namespace: "Initiative" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });
  const scopes = await getTranslations({ locale, namespace: "Scope" });
  const lookups = await loadReferenceLookups();

  const { translations, originalLocale } = initiative;
  const title = pickField(translations, "title", locale, originalLocale);
  const summary = pickField(translations, "summary", locale, originalLocale);
  const description = pickField(translations, "description", locale, originalLocale);
  const fallback = [title, summary, description].find((field) => field?.isFallback);
  const organisation = organisationName(initiative.organisation, locale);
  const themes = initiative.themes.flatMap((it) => lookups.themeBySlug.get(it.themeSlug) ?? []);
  const region = initiative.regionCode
    ? lookups.regionByCode.get(initiative.regionCode)
    : undefined;
  const otherRegions = initiative.regions
    .filter((r) => r.regionCode !== initiative.regionCode)
    .flatMap((r) => lookups.regionByCode.get(r.regionCode) ?? []);
  const sources = initiative.links.filter((link) => link.kind === "SOURCE");
  const links = initiative.links.filter((link) => link.kind !== "SOURCE");
  const color = themes[0]?.color ?? "#4b5563";

  return (
    <article className="space-y-8">
      <BackLink href="/initiatives" label={t("backToDirectory")} />

      <header className="overflow-hidden rounded-2xl text-white" style={{ backgroundColor: color }}>
        <div className="flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:p-8">
          <ThemeIcon slug={themes[0]?.slug ?? "other"} className="size-14 shrink-0" />
          <div className="space-y-2">
            <h1 {...langAttributes(title)} className="text-3xl font-extrabold leading-tight">
              {title?.text}
            </h1>
            <p {...langAttributes(organisation)} className="text-lg">
              <Link href={organisationPath(initiative.organisation.slug)} className="underline">
                {organisation.text}
              </Link>
            </p>
          </div>
        </div>
      </header>

      {fallback ? (
        <p role="note" className="rounded-lg border-s-4 border-saffron bg-sand-100 px-4 py-3">
          {t("fallbackNote", { language: languages(fallback.lang) })}
        </p>
      ) : null}

      <InitiativeGallery images={initiative.images} label={t("photos")} />

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="about" className="space-y-4">
          <h2 id="about" className="text-xl font-bold">
            {t("about")}
          </h2>
          {/* A summary that only repeats the description's opening is left out. */}
          {summary && !description?.text.startsWith(summary.text.replace(/…$/, "")) ? (
            <p {...langAttributes(summary)} className="text-lg font-medium">
              {summary.text}
            </p>
          ) : null}
          {description ? (
            <p {...langAttributes(description)} className="whitespace-pre-line">
              {description.text}
            </p>
          ) : null}
        </section>

        <aside
          aria-labelledby="details"
          className="h-fit space-y-4 rounded-xl bg-white p-5 ring-1 ring-sand-200"
        >
          <h2 id="details" className="text-xl font-bold">
            {t("details")}
          </h2>
          <dl className="space-y-3 text-[0.95rem]">
            {region ? (
              <div>
                <dt className="font-semibold">{t("region")}</dt>
                <dd>
                  <Link href={regionPath(region.code)} className="text-green-700 underline">
                    {regionName(region, locale)}
                  </Link>
                </dd>
              </div>
            ) : null}
            {initiative.city ? (
              <div>
                <dt className="font-semibold">{t("city")}</dt>
                <dd>
                  <bdi>{initiative.city}</bdi>
                </dd>
              </div>
            ) : null}
            {otherRegions.length > 0 ? (
              <div>
                <dt className="font-semibold">{t("otherRegions")}</dt>
                <dd>{otherRegions.map((r) => regionName(r, locale)).join(" · ")}</dd>
              </div>
            ) : null}
            {initiative.scope ? (
              <div>
                <dt className="font-semibold">{t("scope")}</dt>
                <dd>{scopes(initiative.scope)}</dd>
              </div>
            ) : null}
            {initiative.startDate ? (
              <div>
                <dt className="font-semibold">{t("dates")}</dt>
                <dd>
                  <InitiativeDates
                    locale={locale}
                    start={initiative.startDate}
                    end={initiative.endDate}
                    precision={initiative.datePrecision}
                  />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-semibold">{t("themes")}</dt>
              <dd className="mt-1 flex flex-wrap gap-2">
                {themes.map((theme) => (
                  <ThemeChip key={theme.slug} theme={theme} locale={locale} />
                ))}
              </dd>
            </div>
          </dl>
        </aside>
      </div>

      {links.length > 0 ? <LinkList title={t("links")} links={links} /> : null}
      {sources.length > 0 ? <LinkList title={t("sources")} links={sources} /> : null}
      <ReportSection locale={locale} slug={initiative.slug} reported={reported} />
    </article>
  );
}
