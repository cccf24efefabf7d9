import "server-only";
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { listRegions } from "@/lib/regions/queries";
import { listThemes } from "@/lib/themes/queries";
import { oncePerProcess } from "./once-per-process";

export type ReferenceLookups = {
  regions: Region[];
  themes: Theme[];
  regionByCode: Map<string, Region>;
  themeBySlug: Map<string, Theme>;
};

/** Regions and themes with lookups by key, built once per process (see lib/regions). */
export const loadReferenceLookups = oncePerProcess(async (): Promise<ReferenceLookups> => {
  const [regions, themes] = await Promise.all([listRegions(), listThemes()]);

  return {
    regions,
    themes,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    themeBySlug: new Map(themes.map((t) => [t.slug, t])),
  };
});
