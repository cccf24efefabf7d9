import { clsx } from "clsx";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { regionPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import { listRegions } from "@/lib/regions/queries";
import { countPublishedByRegion } from "@/lib/stats/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });

  return {
    title: t("title"),
    description: meta("regionsDescription"),
    alternates: alternatesFor(locale, "/regions"),
  };
}

export default async function RegionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });
  const region = await getTranslations({ locale, namespace: "Region" });

  const [regions, counts] = await Promise.all([listRegions(), countPublishedByRegion()]);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-extrabold text-green-900">{t("title")}</h1>
        <p className="text-ink-soft">{t("lead")}</p>
      </header>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {regions.map((r) => (
          <li key={r.code}>
            <Link
              href={regionPath(r.code)}
              className={clsx(
                "flex h-full flex-col gap-1 rounded-xl",
                "bg-white p-4 ring-1 ring-sand-200 hover:ring-green-700",
              )}
            >
              <span className="text-lg font-bold text-green-800">{regionName(r, locale)}</span>
              <span className="text-sm text-ink-soft">
                {region("initiativeCount", { count: counts.get(r.code) ?? 0 })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
