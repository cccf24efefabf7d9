"use client";

import { useTranslations } from "next-intl";
import { INITIATIVE_LIMITS as LIMITS } from "@/lib/initiatives/form-limits";
import { FormSection } from "./form-section";
import { TextField } from "./text-field";

const indices = Array.from({ length: LIMITS.links }, (_, index) => index);

// Addresses are written left to right whatever the page's direction.
const URL_DIRECTION = { dir: "ltr" } as const;

export function LinksSection() {
  const t = useTranslations("InitiativeForm");

  return (
    <FormSection title={t("linksLegend")} hint={t("linksHint")}>
      {indices.map((index) => (
        <TextField
          key={index}
          name={`links.${index}`}
          type="url"
          label={t("link", { number: index + 1 })}
          maxLength={LIMITS.url}
          content={URL_DIRECTION}
        />
      ))}
    </FormSection>
  );
}
