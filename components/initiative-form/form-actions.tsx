"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";

/** The form's answer, then the two ways of sending it: keep as draft, or send for review. */
export function FormActions({ message }: { message?: string }) {
  const t = useTranslations("InitiativeForm");

  return (
    <div className="space-y-4">
      <FormStatus message={message} />
      <p className="text-sm text-ink-soft">{t("draftHint")}</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel={t("saving")}>
          {t("saveDraft")}
        </SubmitButton>
        <SubmitButton name="intent" value="submit" pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </div>
  );
}
