import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DirectoryParams } from "@/lib/initiatives/directory-params";
import { MAX_QUERY_LENGTH } from "@/lib/initiatives/directory-params";
import type { ReferenceLookups } from "@/lib/reference/lookups";

type Props = { locale: AppLocale; params: DirectoryParams; lookups: ReferenceLookups };

const fieldClass =
  "w-full rounded-lg border border-sand-200 bg-white px-3 py-2.5 text-base focus:border-green-700";

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
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t("region")}
        <select name="region" defaultValue={params.region ?? ""} className={fieldClass}>
          <option value="">{t("allRegions")}</option>
          {lookups.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {regionName(region, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t("theme")}
        <select name="theme" defaultValue={params.theme ?? ""} className={fieldClass}>
          <option value="">{t("allThemes")}</option>
          {lookups.themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {themeLabel(theme, locale)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-lg bg-green-700 px-5 py-2.5 font-semibold text-white hover:bg-green-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
