import "server-only";
import type { Metadata } from "next";
import { alternatesFor } from "@/lib/i18n/metadata";
import { regionPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import { resolveRegionPage } from "./region-page";

/** Title and language versions of a region page, whichever page of it. */
export async function regionMetadata(params: Parameters<typeof resolveRegionPage>[0]) {
  const { locale, region } = await resolveRegionPage(params);

  return {
    title: regionName(region, locale),
    alternates: alternatesFor(locale, regionPath(region.code)),
  } satisfies Metadata;
}
