import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/i18n/routing";

const OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";
const ODBL = "https://opendatacommons.org/licenses/odbl/";
const MOROCCO_MAP = "https://github.com/yousfiSaad/morocco-map";

const link = (href: string) =>
  function CreditLink(chunks: ReactNode) {
    return (
      <a href={href} className="underline">
        {chunks}
      </a>
    );
  };

/** The outlines' licence (ODbL) asks for this attribution wherever they are shown. */
export async function MapCredit({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "RegionMap" });

  return (
    <p className="text-xs text-ink-soft">
      {t.rich("credit", {
        source: link(MOROCCO_MAP),
        osm: link(OSM_COPYRIGHT),
        odbl: link(ODBL),
      })}
    </p>
  );
}
