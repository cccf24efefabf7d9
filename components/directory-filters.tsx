import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { FilterSelect, filterFieldClass } from "@/components/filter-select";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DirectoryParams } from "@/lib/initiatives/directory-params";
import { MAX_QUERY_LENGTH } from "@/lib/initiatives/directory-params";
import type { ReferenceLookups } from "@/lib/reference/lookups";

type Props = { locale: AppLocale; params: DirectoryParams; lookups: ReferenceLookups };

/** A plain GET form: filtering works without JavaScript and gives shareable URLs. */
export async function DirectoryFilters({ locale, params, lookups }: Props) {
  const t = await getTranslations({ locale, namespace: "Directory" });

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
        options={lookups.regions.map((r) => ({ value: r.code, label: regionName(r, locale) }))}
      />
      <FilterSelect
        label={t("theme")}
        name="theme"
        value={params.theme}
        anyLabel={t("allThemes")}
        options={lookups.themes.map((theme) => ({
          value: theme.slug,
          label: themeLabel(theme, locale),
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
