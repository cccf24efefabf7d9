"use client";

import { useActionState, useId } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { Field, controlClass } from "@/components/organisations/field";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { echoed } from "./form-values";
import { RegionCheckboxes, type RegionOption } from "./region-checkboxes";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  regions: RegionOption[];
  text: {
    email: string;
    emailHint: string;
    regions: string;
    regionsHint: string;
    submit: string;
    sending: string;
  };
};

/** An admin names a moderator by the address of their account. */
export function GrantForm({ action, locale, regions, text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const formRef = useFocusFirstError(state);
  const id = useId();
  const refused = state !== null && !state.ok;

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <FormStatus ok={false} message={refused ? state.message : undefined} />
      <Field
        id={`${id}-email`}
        label={text.email}
        hint={text.emailHint}
        error={refused ? state.fieldErrors.email : undefined}
      >
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            defaultValue={echoed(state, "email")?.[0] ?? ""}
            className={`${controlClass} rtl:text-right`}
          />
        )}
      </Field>
      <RegionCheckboxes
        idPrefix={`${id}-regions`}
        legend={text.regions}
        hint={text.regionsHint}
        regions={regions}
        checked={echoed(state, "regionCodes") ?? []}
      />
      <SubmitButton pendingLabel={text.sending}>{text.submit}</SubmitButton>
    </form>
  );
}
