"use client";

import { useTranslations } from "next-intl";

/** Says a field is needed to send for review (a draft can do without it). */
export function RequiredMark() {
  const t = useTranslations("InitiativeForm");

  return <span className="ms-2 text-sm font-normal text-ink-soft">({t("requiredToSubmit")})</span>;
}
