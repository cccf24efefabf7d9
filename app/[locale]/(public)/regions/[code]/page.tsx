import type { Metadata } from "next";
import { RegionView } from "@/components/region/region-view";
import { regionMetadata } from "@/lib/regions/region-metadata";
import { resolveRegionPage } from "@/lib/regions/region-page";

type Props = { params: Promise<{ locale: string; code: string }> };

// Page 1 of a region: rendered at its first visit, then cached until a
// moderation decision that changes it. proxy.ts sends ?page=N to
// query/regions/[code].
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return regionMetadata(params);
}

export default async function RegionPage({ params }: Props) {
  const { locale, region } = await resolveRegionPage(params);

  return <RegionView locale={locale} region={region} page={1} />;
}
