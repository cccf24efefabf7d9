"use client";

import { useLocale, useTranslations } from "next-intl";
import { FieldError } from "@/components/form/field-error";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { FormSection } from "./form-section";
import { LanguageFieldset } from "./language-fieldset";
import { useField } from "./form-context";

const LEGEND = { fr: "languageFr", ar: "languageAr", en: "languageEn" } as const;

function OtherLanguage({ language }: { language: AppLocale }) {
  const t = useTranslations("InitiativeForm");
  const title = useField(`translations.${language}.title`);
  const summary = useField(`translations.${language}.summary`);
  const description = useField(`translations.${language}.description`);
  const used = [title, summary, description].some((f) => f.defaultValue || f.error);

  return (
    <details open={used} className="rounded-lg border border-sand-200 p-4">
      <summary className="cursor-pointer font-semibold text-green-900">
        {t(LEGEND[language])}
      </summary>
      <div className="mt-4">
        <LanguageFieldset language={language} legendHidden />
      </div>
    </details>
  );
}

/** The page's language first and open; the others folded until used. */
export function ContentSection() {
  const t = useTranslations("InitiativeForm");
  const pageLocale = useLocale() as AppLocale;
  const group = useField("translations");
  const others = locales.filter((locale) => locale !== pageLocale);

  return (
    <FormSection title={t("contentLegend")} hint={t("contentHint")}>
      <FieldError id={group.errorId} message={group.error} />
      <LanguageFieldset
        language={pageLocale}
        describedBy={group.error ? group.errorId : undefined}
      />
      <p className="font-semibold text-ink-soft">{t("addLanguage")}</p>
      {others.map((language) => (
        <OtherLanguage key={language} language={language} />
      ))}
    </FormSection>
  );
}
