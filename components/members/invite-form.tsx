"use client";

import { useActionState, useId } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { Field, controlClass } from "@/components/organisations/field";
import { useEarlyCheck } from "@/components/organisations/use-early-check";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { inviteSchema } from "@/lib/organisations/invitation-schema";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  organisationId: string;
  text: { email: string; hint: string; submit: string; sending: string };
};

function check(form: HTMLFormElement) {
  const parsed = inviteSchema.safeParse(Object.fromEntries(new FormData(form)));

  return parsed.success ? null : fieldErrorKeys(parsed.error);
}

/** The owner's invitation by email; the server sends the mail and has the last word. */
export function InviteForm({ action, locale, organisationId, text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const { formRef, errorOf, checking, onSubmit, onBlur, onChange } = useEarlyCheck(check, state);
  const id = useId();
  const typed = state && !state.ok ? state.values.email : undefined;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      className="space-y-4"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormStatus ok={state?.ok ?? true} message={checking ? undefined : state?.message} />
      <Field id={`${id}-email`} label={text.email} hint={text.hint} error={errorOf("email")}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            defaultValue={typeof typed === "string" ? typed : ""}
            className={`${controlClass} rtl:text-right`}
          />
        )}
      </Field>
      <SubmitButton pendingLabel={text.sending}>{text.submit}</SubmitButton>
    </form>
  );
}
