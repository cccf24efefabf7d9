"use client";

import { useActionState, useId } from "react";
import { FieldError } from "@/components/form/field-error";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { Field, controlClass } from "@/components/organisations/field";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  organisationId: string;
  members: { userId: string; label: string }[];
  text: { to: string; confirm: string; submit: string; sending: string };
};

/**
 * Hands ownership to another member. A box to tick keeps a slip of the finger
 * from giving the organisation away.
 */
export function TransferForm({ action, locale, organisationId, members, text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const id = useId();
  const errorOf = (path: string) => (state && !state.ok ? state.fieldErrors[path] : undefined);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormStatus ok={state?.ok ?? true} message={state?.message} />
      <Field id={`${id}-to`} label={text.to} error={errorOf("userId")}>
        {(control) => (
          <select {...control} name="userId" className={controlClass}>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="confirm"
            aria-invalid={errorOf("confirm") ? true : undefined}
            aria-describedby={errorOf("confirm") ? `${id}-confirm-error` : undefined}
            className="size-5 shrink-0"
          />
          {text.confirm}
        </label>
        <FieldError id={`${id}-confirm-error`} message={errorOf("confirm")} />
      </div>
      <SubmitButton pendingLabel={text.sending} variant="secondary">
        {text.submit}
      </SubmitButton>
    </form>
  );
}
