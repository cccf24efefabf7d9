import { getFormatter, getTranslations } from "next-intl/server";
import type { Region } from "@/lib/generated/prisma/client";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { locale: AppLocale; regions: Region[]; counts: Map<string, number> };

/**
 * The map's numbers as a table, for screen readers. The box around it is what
 * is hidden: a table keeps the width of its text whatever width it is given,
 * and would widen a phone's page.
 */
export async function RegionCountTable({ locale, regions, counts }: Props) {
  const t = await getTranslations({ locale, namespace: "RegionMap" });
  const format = await getFormatter({ locale });

  return (
    <div className="sr-only">
      <table>
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tableRegion")}</th>
            <th scope="col">{t("tableCount")}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.code}>
              <th scope="row">{regionName(region, locale)}</th>
              <td>{format.number(counts.get(region.code) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
