import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { REGION_BORDER, type ShadeClass } from "@/lib/map/shade-scale";

type Props = { locale: AppLocale; classes: ShadeClass[]; id: string };

/** What each shade means, as ranges of published initiatives. */
export async function MapLegend({ locale, classes, id }: Props) {
  const t = await getTranslations({ locale, namespace: "RegionMap" });

  const labelOf = ({ from, to }: ShadeClass) => {
    if (to === 0) return t("legendNone");

    return from === to ? t("legendSingle", { value: from }) : t("legendRange", { from, to });
  };

  return (
    <div id={id} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <p className="font-semibold">{t("legendTitle")}</p>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {classes.map((shade) => (
          <li key={shade.from} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded-sm border"
              style={{ backgroundColor: shade.fill, borderColor: REGION_BORDER }}
            />
            {labelOf(shade)}
          </li>
        ))}
      </ul>
    </div>
  );
}
