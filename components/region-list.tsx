import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import type { Region } from "@/lib/generated/prisma/client";
import { Link } from "@/lib/i18n/navigation";
import { regionPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = {
  locale: AppLocale;
  regions: Region[];
  counts: Map<string, number>;
  /** Beside the map there is room for two columns at most. */
  narrow?: boolean;
};

/** The regions as links, each with its number of published initiatives. */
export async function RegionList({ locale, regions, counts, narrow = false }: Props) {
  const t = await getTranslations({ locale, namespace: "Region" });

  return (
    <ul className={clsx("grid gap-2 sm:grid-cols-2", !narrow && "lg:grid-cols-3")}>
      {regions.map((region) => (
        <li key={region.code}>
          <Link
            href={regionPath(region.code)}
            className={clsx(
              "flex h-full items-center justify-between gap-3 rounded-lg",
              "bg-white px-4 py-3 ring-1 ring-sand-200 hover:ring-green-700",
            )}
          >
            <span className="font-semibold text-green-800">{regionName(region, locale)}</span>
            <span className="shrink-0 text-sm text-ink-soft">
              {t("initiativeCount", { count: counts.get(region.code) ?? 0 })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
