"use client";

import { useTranslations } from "next-intl";
import { FormSection } from "./form-section";
import { RequiredMark } from "./required-mark";
import { TextField } from "./text-field";

export function DatesSection() {
  const t = useTranslations("InitiativeForm");

  return (
    <FormSection title={t("datesLegend")} hint={t("dateHint")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="startDate"
          type="date"
          label={
            <>
              {t("startDate")}
              <RequiredMark />
            </>
          }
        />
        <TextField name="endDate" type="date" label={t("endDate")} hint={t("endDateHint")} />
      </div>
    </FormSection>
  );
}
