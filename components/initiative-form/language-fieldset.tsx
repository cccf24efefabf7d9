"use client";

import { useLocale, useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/lib/i18n/routing";
import { INITIATIVE_LIMITS as LIMITS } from "@/lib/initiatives/form-limits";
import { TextField } from "./text-field";

const LEGEND = { fr: "languageFr", ar: "languageAr", en: "languageEn" } as const;

type Props = {
  language: AppLocale;
  legendHidden?: boolean;
  /** A message about the whole text (no language filled), read with the title. */
  describedBy?: string;
};

/**
 * The title, summary and description in one language. The fieldset carries
 * that language and direction; labels and messages keep the page's.
 */
export function LanguageFieldset({ language, legendHidden = false, describedBy }: Props) {
  const t = useTranslations("InitiativeForm");
  const pageLocale = useLocale() as AppLocale;
  const content = { lang: language, dir: directionOf(language) };
  const page = { lang: pageLocale, dir: directionOf(pageLocale) };
  const name = (field: string) => `translations.${language}.${field}`;

  return (
    <fieldset {...content} className="space-y-4">
      <legend
        {...page}
        className={legendHidden ? "sr-only" : "mb-2 text-lg font-bold text-green-900"}
      >
        {t(LEGEND[language])}
      </legend>
      <TextField
        name={name("title")}
        label={t("title")}
        describedBy={describedBy}
        invalid={describedBy !== undefined}
        hint={t("titleHint")}
        maxLength={LIMITS.title}
        content={content}
        page={page}
      />
      <TextField
        name={name("summary")}
        label={t("summary")}
        hint={t("summaryHint")}
        maxLength={LIMITS.summary}
        rows={3}
        content={content}
        page={page}
      />
      <TextField
        name={name("description")}
        label={t("description")}
        hint={t("descriptionHint")}
        maxLength={LIMITS.description}
        rows={8}
        content={content}
        page={page}
      />
    </fieldset>
  );
}
