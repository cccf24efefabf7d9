import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { directoryHref } from "@/lib/i18n/paths";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DirectoryParams } from "@/lib/initiatives/directory-params";
import type { ReferenceLookups } from "@/lib/reference/lookups";

type Props = { locale: AppLocale; params: DirectoryParams; lookups: ReferenceLookups };

/** Each active filter as a chip whose link removes just that filter. */
export async function ActiveFilters({ locale, params, lookups }: Props) {
  const t = await getTranslations({ locale, namespace: "Directory" });
  const region = params.region ? lookups.regionByCode.get(params.region) : undefined;
  const theme = params.theme ? lookups.themeBySlug.get(params.theme) : undefined;

  const chips = [
    params.q
      ? { key: "q", label: t("query", { q: params.q }), without: { ...params, q: undefined } }
      : null,
    region
      ? {
          key: "region",
          label: regionName(region, locale),
          without: { ...params, region: undefined },
        }
      : null,
    theme
      ? { key: "theme", label: themeLabel(theme, locale), without: { ...params, theme: undefined } }
      : null,
  ].filter((chip) => chip !== null);

  if (chips.length === 0) return null;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t("activeFilters")}</h2>
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={directoryHref({ ...chip.without, page: 1 })}
          aria-label={t("removeFilter", { label: chip.label })}
          className={clsx(
            "inline-flex max-w-full items-center gap-2 rounded-full bg-green-900",
            "px-3 py-1 text-sm text-white hover:bg-green-700",
          )}
        >
          {/* One line: a long query ends in an ellipsis; the link's label keeps it whole. */}
          <bdi className="min-w-0 truncate" title={chip.label}>
            {chip.label}
          </bdi>
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link href="/initiatives" className="text-sm font-semibold text-green-700 underline">
        {t("reset")}
      </Link>
    </div>
  );
}
