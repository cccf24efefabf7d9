import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InitiativeGrid } from "@/components/initiative-grid";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes, pickField } from "@/lib/content/pick-language";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { decodeSlug, organisationPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import { listOrganisationInitiatives } from "@/lib/initiatives/queries";
import { getPublicOrganisation } from "@/lib/organisations/queries";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered at the first visit, then cached until a decision revalidates it.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const organisation = await getPublicOrganisation(decodeSlug((await params).slug));
  if (!organisation) notFound();

  return { locale, organisation };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisation } = await load(params);

  return {
    title: organisationName(organisation, locale).text,
    alternates: alternatesFor(locale, organisationPath(organisation.slug)),
  };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, organisation } = await load(params);
  const t = await getTranslations({ locale, namespace: "Organisation" });
  const kinds = await getTranslations({ locale, namespace: "OrganisationKind" });
  const format = await getFormatter({ locale });

  const [initiatives, lookups] = await Promise.all([
    listOrganisationInitiatives(organisation.id),
    loadReferenceLookups(),
  ]);
  const name = organisationName(organisation, locale);
  const description = pickField(
    organisation.translations,
    "description",
    locale,
    organisation.originalLocale,
  );
  const region = organisation.regionCode ? lookups.regionByCode.get(organisation.regionCode) : null;
  // A middle dot, as on the cards: a Latin comma would be wrong on Arabic pages.
  const place = [organisation.city, region && regionName(region, locale)]
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-terracotta">
          {kinds(organisation.kind)}
        </p>
        <h1 {...langAttributes(name)} className="text-3xl font-extrabold text-green-900">
          {name.text}
        </h1>
        {name.text !== organisation.name ? (
          <p
            lang={organisation.originalLocale}
            dir={organisation.originalLocale === "ar" ? "rtl" : "ltr"}
            className="text-ink-soft"
          >
            {organisation.name}
          </p>
        ) : null}
        {description ? (
          <p {...langAttributes(description)} className="max-w-prose">
            {description.text}
          </p>
        ) : null}
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-[0.95rem]">
          {place ? (
            <div>
              <dt className="font-semibold">{t("location")}</dt>
              <dd>{place}</dd>
            </div>
          ) : null}
          {organisation.website ? (
            <div>
              <dt className="font-semibold">{t("website")}</dt>
              <dd>
                <a
                  href={organisation.website}
                  rel="noopener noreferrer nofollow"
                  className="text-green-700 underline"
                  dir="ltr"
                >
                  {organisation.website}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="initiatives" className="space-y-4">
        <h2 id="initiatives" className="text-2xl font-bold">
          {t("initiatives")}{" "}
          <span className="text-base font-normal text-ink-soft">
            ({format.number(initiatives.length)})
          </span>
        </h2>
        <InitiativeGrid initiatives={initiatives} locale={locale} lookups={lookups} />
      </section>
    </div>
  );
}
