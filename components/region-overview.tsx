import type { Region } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { RegionList } from "./region-list";
import { RegionMap } from "./region-map/region-map";

type Props = { locale: AppLocale; regions: Region[]; counts: Map<string, number> };

/** The map, whose regions open the filtered directory, beside the list of region pages. */
export function RegionOverview({ locale, regions, counts }: Props) {
  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <RegionMap locale={locale} regions={regions} counts={counts} />
      <RegionList locale={locale} regions={regions} counts={counts} narrow />
    </div>
  );
}
