"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { accountSchemas, type AccountFormName } from "@/lib/accounts/schemas";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import type { FieldSpec } from "./field-spec";
import { TextField } from "./text-field";

type Props = {
  form: AccountFormName;
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  /** A message to show before anything is sent, such as "you are signed out". */
  notice?: string;
  /** Sign-up and the like: once it succeeds, only the answer is left. */
  replaceOnSuccess?: boolean;
  variant?: "primary" | "secondary";
};

function checkInBrowser(form: AccountFormName, element: HTMLFormElement) {
  const parsed = accountSchemas[form].safeParse(Object.fromEntries(new FormData(element)));

  return parsed.success ? null : fieldErrorKeys(parsed.error);
}

/**
 * An account form: a real form posting to its server action, which has the
 * last word. With JavaScript, the same zod schema checks it first and the
 * messages appear at once, next to the fields.
 */
export function AccountForm({ form, action, locale, fields, hidden = {}, ...props }: Props) {
  const [state, formAction] = useActionState(action, null);
  const [check, setCheck] = useState<Record<string, string> | null>(null);
  const t = useTranslations("FormErrors");
  const formId = useId();

  const translate = (key: string) => (t.has(key as never) ? t(key as never) : t("invalid"));
  const errorOf = (name: string) => {
    if (check) return check[name] ? translate(check[name]) : undefined;

    return state && !state.ok ? state.fieldErrors[name] : undefined;
  };
  const valueOf = (name: string) => {
    const value = state && !state.ok ? state.values[name] : undefined;

    return typeof value === "string" ? value : undefined;
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const problems = checkInBrowser(form, event.currentTarget);
    setCheck(problems);
    if (!problems) return;

    event.preventDefault();
    const first = fields.find((field) => problems[field.name]);
    if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first.name}"]`)?.focus();
  }

  // Once a check has failed, each field's message follows what is typed, at
  // each keystroke: a message that vanished only on blur would move the
  // button away from under the click that caused the blur.
  function recheck(event: FormEvent<HTMLFormElement>) {
    if (check) setCheck(checkInBrowser(form, event.currentTarget) ?? {});
  }

  const done = props.replaceOnSuccess && state?.ok;

  return (
    <div className="space-y-4">
      <FormStatus
        ok={state?.ok ?? true}
        message={check ? undefined : (state?.message ?? props.notice)}
      />
      {done ? null : (
        <form
          action={formAction}
          onSubmit={onSubmit}
          onBlur={recheck}
          onChange={recheck}
          noValidate
          className="space-y-4"
        >
          <input type="hidden" name="locale" value={locale} />
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {fields.map((field) => (
            <TextField
              key={field.name}
              formId={formId}
              field={field}
              value={valueOf(field.name)}
              error={errorOf(field.name)}
            />
          ))}
          <SubmitButton pendingLabel={props.pendingLabel} variant={props.variant}>
            {props.submitLabel}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
