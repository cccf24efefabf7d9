import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { sectionMetadata } from "@/lib/i18n/section-metadata";
import { Link } from "@/lib/i18n/navigation";
import { organisationPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import { listPublicOrganisations } from "@/lib/organisations/queries";
import { loadReferenceLookups } from "@/lib/reference/lookups";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await resolveLocale(params), "Organisations");
}

export default async function OrganisationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const counts = await getTranslations({ locale, namespace: "Organisation" });
  const kinds = await getTranslations({ locale, namespace: "OrganisationKind" });

  const [organisations, lookups] = await Promise.all([
    listPublicOrganisations(),
    loadReferenceLookups(),
  ]);
  // In the order of the names as shown, so an Arabic list reads alphabetically.
  const collator = new Intl.Collator(locale);
  const named = organisations
    .map((org) => ({ org, name: organisationName(org, locale) }))
    .sort((a, b) => collator.compare(a.name.text, b.name.text));

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {named.map(({ org, name }) => {
          const region = org.regionCode ? lookups.regionByCode.get(org.regionCode) : undefined;

          return (
            <li key={org.slug} className="rounded-xl bg-white p-4 ring-1 ring-sand-200">
              <Link
                href={organisationPath(org.slug)}
                {...langAttributes(name)}
                className="font-bold text-green-800 underline"
              >
                {name.text}
              </Link>
              {name.text !== org.name ? (
                <p
                  {...langAttributes({
                    text: org.name,
                    lang: org.originalLocale,
                    isFallback: false,
                  })}
                  className="text-sm text-ink-soft"
                >
                  {org.name}
                </p>
              ) : null}
              <p className="mt-1 text-sm text-ink-soft">
                {kinds(org.kind)}
                {region ? ` · ${regionName(region, locale)}` : ""}
                {" · "}
                {counts("initiativeCount", { count: org._count.initiatives })}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
