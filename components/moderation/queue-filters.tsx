import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
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

const fieldClass =
  "w-full rounded-lg border border-sand-200 bg-white px-3 py-2.5 text-base focus:border-green-700";

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
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t("region")}
        <select name="region" defaultValue={params.region ?? ""} className={fieldClass}>
          <option value="">{t("allRegions")}</option>
          {regions.map((region) => (
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
          {themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {themeLabel(theme, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t("language")}
        <select name="language" defaultValue={params.language ?? ""} className={fieldClass}>
          <option value="">{t("allLanguages")}</option>
          {locales.map((code) => (
            <option key={code} value={code}>
              {languages(code)}
            </option>
          ))}
        </select>
      </label>
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
