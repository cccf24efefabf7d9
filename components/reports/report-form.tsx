"use client";

import { useActionState, useId } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { Field, controlClass } from "@/components/organisations/field";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { REPORT_TEXT } from "@/lib/reports/report-schema";
import { HoneypotField } from "./honeypot-field";
import { ReasonChoices } from "./reason-choices";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";

export type ReportFormText = {
  summary: string;
  lead: string;
  reason: string;
  text: string;
  textHint: string;
  honeypot: string;
  submit: string;
  sending: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  slug: string;
  reasons: { value: string; label: string }[];
  text: ReportFormText;
};

function typedValue(state: FormState, name: string): string | undefined {
  const value = state && !state.ok ? state.values[name] : undefined;

  return typeof value === "string" ? value : undefined;
}

/**
 * A visitor's report, folded away until asked for. A refused report opens
 * again with what was typed and the messages next to the fields.
 */
export function ReportForm({ action, locale, slug, reasons, text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const formRef = useFocusFirstError(state);
  const id = useId();
  const refused = state !== null && !state.ok;
  const errorOf = (field: string) => (refused ? state.fieldErrors[field] : undefined);

  return (
    <details open={refused || undefined} className="group rounded-xl bg-white ring-1 ring-sand-200">
      <summary className="min-h-11 cursor-pointer px-5 py-3 font-semibold text-green-900">
        {text.summary}
      </summary>
      <form ref={formRef} action={formAction} noValidate className="space-y-5 px-5 pb-5">
        <p className="text-ink-soft">{text.lead}</p>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slug" value={slug} />
        <FormStatus ok={false} message={refused ? state.message : undefined} />
        <ReasonChoices
          id={`${id}-reason`}
          legend={text.reason}
          reasons={reasons}
          chosen={typedValue(state, "reason")}
          error={errorOf("reason")}
        />
        <Field id={`${id}-text`} label={text.text} hint={text.textHint} error={errorOf("text")}>
          {(control) => (
            <textarea
              {...control}
              name="text"
              rows={4}
              maxLength={REPORT_TEXT.max}
              dir="auto"
              defaultValue={typedValue(state, "text") ?? ""}
              className={controlClass}
            />
          )}
        </Field>
        <HoneypotField id={`${id}-website`} label={text.honeypot} />
        <SubmitButton pendingLabel={text.sending} variant="secondary">
          {text.submit}
        </SubmitButton>
      </form>
    </details>
  );
}
