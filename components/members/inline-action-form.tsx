"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  hidden: Record<string, string>;
  label: string;
  /** The button's full name for screen readers, such as "Remove Amina". */
  accessibleLabel: string;
  pendingLabel: string;
};

/** One button that acts on one row (remove a member, withdraw an invitation). */
export function InlineActionForm({ action, locale, hidden, ...text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const problem = state && !state.ok ? Object.values(state.fieldErrors)[0] : undefined;

  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={text.pendingLabel} variant="secondary">
        <span aria-hidden="true">{text.label}</span>
        <span className="sr-only">{text.accessibleLabel}</span>
      </SubmitButton>
      <FormStatus ok={state?.ok ?? true} message={problem ?? state?.message} />
    </form>
  );
}
