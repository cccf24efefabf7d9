import { getTranslations } from "next-intl/server";
import type { Region } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { regionMapShape } from "@/lib/map/region-paths";
import { shadeClasses } from "@/lib/map/shade-scale";
import { MapCredit } from "./map-credit";
import { MapLegend } from "./map-legend";
import { MapRegions } from "./map-regions";
import { RegionCountTable } from "./region-count-table";

// One map per page at most.
const LEGEND_ID = "region-map-legend";

type Props = { locale: AppLocale; regions: Region[]; counts: Map<string, number> };

/**
 * Morocco's 12 regions as one country, shaded by their number of published
 * initiatives, each a link to the directory filtered on it. Drawn on the
 * server as plain SVG: no script, no tiles. The same numbers follow in a table
 * for screen readers.
 */
export async function RegionMap({ locale, regions, counts }: Props) {
  const t = await getTranslations({ locale, namespace: "RegionMap" });
  const classes = shadeClasses(Math.max(0, ...counts.values()));

  return (
    <div>
      <figure className="space-y-3">
        <MapRegions
          locale={locale}
          shape={regionMapShape()}
          regions={regions}
          counts={counts}
          classes={classes}
          label={t("caption")}
          describedBy={LEGEND_ID}
        />
        <figcaption className="space-y-2">
          <MapLegend locale={locale} classes={classes} id={LEGEND_ID} />
          <MapCredit locale={locale} />
        </figcaption>
      </figure>
      <RegionCountTable locale={locale} regions={regions} counts={counts} />
    </div>
  );
}
