import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { RegionOverview } from "@/components/region-overview";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { sectionMetadata } from "@/lib/i18n/section-metadata";
import { listRegions } from "@/lib/regions/queries";
import { countPublishedByRegion } from "@/lib/stats/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await resolveLocale(params), "Regions");
}

export default async function RegionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });

  const [regions, counts] = await Promise.all([listRegions(), countPublishedByRegion()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <RegionOverview locale={locale} regions={regions} counts={counts} />
    </div>
  );
}
