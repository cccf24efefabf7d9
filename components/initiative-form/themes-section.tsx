"use client";

import { useTranslations } from "next-intl";
import { CheckboxList } from "./checkbox-list";
import { FormSection } from "./form-section";
import type { Option } from "./options";
import { RequiredMark } from "./required-mark";

export function ThemesSection({ themes }: { themes: Option[] }) {
  const t = useTranslations("InitiativeForm");
  const legend = (
    <>
      {t("themesLegend")}
      <RequiredMark />
    </>
  );

  return (
    <FormSection title={t("themesLegend")}>
      <CheckboxList name="themes" legend={legend} hint={t("themesHint")} options={themes} />
    </FormSection>
  );
}
