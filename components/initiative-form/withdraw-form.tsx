"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Props = {
  action: (state: FormState<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;
  initiativeId: string;
};

/** Takes an initiative out of the review queue, back to an editable draft. */
export function WithdrawForm({ action, initiativeId }: Props) {
  const t = useTranslations("InitiativeForm");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, null);

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <FormStatus message={state && !state.ok ? state.message : undefined} />
      <SubmitButton variant="secondary" pendingLabel={t("withdrawing")}>
        {t("withdraw")}
      </SubmitButton>
    </form>
  );
}
