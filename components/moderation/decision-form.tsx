"use client";

import { useId, type ReactNode } from "react";
import type { z } from "zod";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { useEarlyCheck } from "@/components/organisations/use-early-check";
import type { FormState } from "@/lib/actions/result";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import type { ChoiceText } from "./decision-texts";

type ErrorOf = (path: string) => string | undefined;

type Props = {
  formAction: (formData: FormData) => void;
  state: FormState;
  /** The server action's schema, run in the browser first for messages next to the fields. */
  schema: z.ZodType;
  hidden: Record<string, string>;
  text: ChoiceText;
  sending: string;
  /** Approval is the main way forward; the other buttons are outlined. */
  primary?: boolean;
  children?: (errorOf: ErrorOf) => ReactNode;
};

/** One decision: what it does, its fields, and its button; refusals show above the fields. */
export function DecisionForm({ formAction, state, schema, hidden, text, ...props }: Props) {
  const id = useId();
  const check = (form: HTMLFormElement) => {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));

    return parsed.success ? null : fieldErrorKeys(parsed.error);
  };
  const { formRef, errorOf, checking, onSubmit, onBlur, onChange } = useEarlyCheck(check, state);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      className="space-y-3 rounded-lg border border-sand-200 bg-white p-4"
    >
      <h3 id={`${id}-title`} className="text-lg font-bold text-ink">
        {text.title}
      </h3>
      <p id={`${id}-hint`} className="text-sm text-ink-soft">
        {text.hint}
      </p>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus message={!checking && state && !state.ok ? state.message : undefined} />
      {props.children?.(errorOf)}
      <SubmitButton pendingLabel={props.sending} variant={props.primary ? "primary" : "secondary"}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}
