import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/filter-select";
import type { Region, Theme } from "@/lib/generated/prisma/client";
import { Link } from "@/lib/i18n/navigation";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { hasFilters, queueHref, type QueueParams } from "@/lib/moderation/queue-params";

type Props = { locale: AppLocale; params: QueueParams; regions: Region[]; themes: Theme[] };

const submitClass = clsx(
  "min-h-11 rounded-lg bg-green-700 px-5 py-2.5",
  "font-semibold text-white hover:bg-green-800",
);

/** A plain GET form: filtering works without JavaScript and gives a link to share. */
export async function QueueFilters({ locale, params, regions, themes }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });

  return (
    // The key remounts the form when a link changes the URL, so no field keeps a stale value.
    <form
      key={[params.kind, params.region, params.theme, params.language].join("|")}
      method="get"
      action={`/${locale}/moderation`}
      aria-label={t("filters")}
      className={clsx(
        "grid gap-3 rounded-xl bg-sand-100 p-4",
        "sm:grid-cols-3 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end",
      )}
    >
      {params.kind ? <input type="hidden" name="kind" value={params.kind} /> : null}
      <FilterSelect
        label={t("region")}
        name="region"
        value={params.region}
        anyLabel={t("allRegions")}
        options={regions.map((r) => ({ value: r.code, label: regionName(r, locale) }))}
      />
      <FilterSelect
        label={t("theme")}
        name="theme"
        value={params.theme}
        anyLabel={t("allThemes")}
        options={themes.map((theme) => ({ value: theme.slug, label: themeLabel(theme, locale) }))}
      />
      <FilterSelect
        label={t("language")}
        name="language"
        value={params.language}
        anyLabel={t("allLanguages")}
        options={locales.map((code) => ({ value: code, label: languages(code) }))}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3 lg:col-span-1">
        <button type="submit" className={submitClass}>
          {t("apply")}
        </button>
        {hasFilters({ ...params, kind: undefined }) ? (
          <Link
            href={queueHref({ kind: params.kind })}
            className="font-semibold text-green-800 underline"
          >
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
