import type { Metadata } from "next";
import { RegionView } from "@/components/region/region-view";
import { parseDirectoryParams } from "@/lib/initiatives/directory-params";
import { regionMetadata } from "@/lib/regions/region-metadata";
import { resolveRegionPage } from "@/lib/regions/region-page";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /{locale}/regions/{code} with a query string, rewritten here by proxy.ts.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return regionMetadata(params);
}

export default async function RegionQueryPage({ params, searchParams }: Props) {
  const { locale, region } = await resolveRegionPage(params);
  const { page } = parseDirectoryParams(await searchParams);

  return <RegionView locale={locale} region={region} page={page} />;
}
