import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterSelect, filterFieldClass } from "@/components/filter-select";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DirectoryParams } from "@/lib/initiatives/directory-params";
import { MAX_QUERY_LENGTH } from "@/lib/initiatives/directory-params";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import type { DirectoryPage } from "@/lib/initiatives/directory-page";

type Props = {
  locale: AppLocale;
  params: DirectoryParams;
  lookups: ReferenceLookups;
  facets: DirectoryPage["facets"];
};

/**
 * A plain GET form: filtering works without JavaScript and gives shareable
 * URLs. Each region and theme shows how many results choosing it gives.
 */
export async function DirectoryFilters({ locale, params, lookups, facets }: Props) {
  const t = await getTranslations({ locale, namespace: "Directory" });
  const format = await getFormatter({ locale });
  const withCount = (label: string, count: number | undefined) =>
    t("choiceCount", { label, count: format.number(count ?? 0, { numberingSystem: "latn" }) });

  return (
    // The key remounts the form when the URL changes by a link (a removed
    // filter, "clear all"), so its fields never keep stale values.
    <form
      key={[params.q, params.region, params.theme].join("|")}
      method="get"
      action={`/${locale}/initiatives`}
      role="search"
      className={clsx(
        "grid gap-3 rounded-xl bg-sand-100 p-4",
        "sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end",
      )}
    >
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t("searchLabel")}
        <input
          type="search"
          name="q"
          defaultValue={params.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("searchPlaceholder")}
          className={filterFieldClass}
        />
      </label>
      <FilterSelect
        label={t("region")}
        name="region"
        value={params.region}
        anyLabel={t("allRegions")}
        options={lookups.regions.map((r) => ({
          value: r.code,
          label: withCount(regionName(r, locale), facets.regions.get(r.code)),
        }))}
      />
      <FilterSelect
        label={t("theme")}
        name="theme"
        value={params.theme}
        anyLabel={t("allThemes")}
        options={lookups.themes.map((theme) => ({
          value: theme.slug,
          label: withCount(themeLabel(theme, locale), facets.themes.get(theme.slug)),
        }))}
      />
      <button
        type="submit"
        className="rounded-lg bg-green-700 px-5 py-2.5 font-semibold text-white hover:bg-green-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
