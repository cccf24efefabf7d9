"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/form/field-error";
import { INITIATIVE_LIMITS as LIMITS } from "@/lib/initiatives/form-limits";
import { CheckboxList } from "./checkbox-list";
import { fieldClass } from "./field-class";
import { useField } from "./form-context";
import { FormSection } from "./form-section";
import type { Option } from "./options";
import { RequiredMark } from "./required-mark";
import { TextField } from "./text-field";

function RegionSelect({ regions }: { regions: Option[] }) {
  const t = useTranslations("InitiativeForm");
  const field = useField("regionCode");

  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block font-semibold">
        {t("region")}
        <RequiredMark />
      </label>
      <select {...field.inputProps} defaultValue={field.defaultValue} className={fieldClass}>
        <option value="">{t("regionChoose")}</option>
        {regions.map((region) => (
          <option key={region.value} value={region.value}>
            {region.label}
          </option>
        ))}
      </select>
      <FieldError id={field.errorId} message={field.error} />
    </div>
  );
}

export function PlaceSection({ regions }: { regions: Option[] }) {
  const t = useTranslations("InitiativeForm");
  const others = useField("otherRegions");

  return (
    <FormSection title={t("placeLegend")}>
      <RegionSelect regions={regions} />
      <TextField name="city" label={t("city")} maxLength={LIMITS.city} />
      <details open={others.defaultList.length > 0}>
        <summary className="cursor-pointer font-semibold text-green-900">
          {t("otherRegions")}
        </summary>
        <div className="mt-3">
          <CheckboxList name="otherRegions" legend={t("otherRegions")} options={regions} />
        </div>
      </details>
    </FormSection>
  );
}
