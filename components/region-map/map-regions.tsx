import { getTranslations } from "next-intl/server";
import type { CSSProperties } from "react";
import type { Region } from "@/lib/generated/prisma/client";
import { directoryHref } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { RegionMapShape } from "@/lib/map/region-paths";
import { REGION_BORDER, REGION_FOCUS, shadeOf, type ShadeClass } from "@/lib/map/shade-scale";

type Props = {
  locale: AppLocale;
  shape: RegionMapShape;
  regions: Region[];
  counts: Map<string, number>;
  classes: ShadeClass[];
  label: string;
  describedBy: string;
};

/** The SVG itself: one link per region, named with the region and its count. */
export async function MapRegions(props: Props) {
  const { locale, shape, regions, counts, classes } = props;
  const t = await getTranslations({ locale, namespace: "RegionMap" });
  const byCode = new Map(regions.map((region) => [region.code, region]));

  return (
    <svg
      viewBox={`0 0 ${shape.width} ${shape.height}`}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      className="region-map mx-auto block h-auto w-full max-w-md"
      style={{ "--region-focus": REGION_FOCUS } as CSSProperties}
    >
      {shape.regions.map(({ code, d }) => {
        const region = byCode.get(code);
        if (!region) return null;

        const count = counts.get(code) ?? 0;

        return (
          // A plain link: the map needs no client-side script.
          <a key={code} href={`/${locale}${directoryHref({ region: code })}`}>
            <title>{t("regionLink", { region: regionName(region, locale), count })}</title>
            <path d={d} fill={shadeOf(count, classes).fill} stroke={REGION_BORDER} />
          </a>
        );
      })}
      <path d={shape.outline} className="region-map-outline" aria-hidden="true" />
    </svg>
  );
}
