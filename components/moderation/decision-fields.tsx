"use client";

import { useId } from "react";
import { Field, controlClass } from "@/components/organisations/field";
import { MESSAGE_MAX } from "@/lib/moderation/decision-schemas";
import type { ReasonOption } from "./decision-texts";

type FieldProps = {
  label: string;
  /** What was sent when the server refused it, so nothing typed is lost. */
  value: string;
  error?: string;
  hint?: string;
  optional?: string;
};

/** The moderator's words to the association, in whatever language and direction they write. */
export function MessageField({ label, value, error, hint, optional }: FieldProps) {
  const id = useId();

  return (
    <Field id={id} label={label} hint={hint} optional={optional} error={error}>
      {(control) => (
        <textarea
          {...control}
          name="message"
          rows={5}
          maxLength={MESSAGE_MAX}
          dir="auto"
          defaultValue={value}
          className={controlClass}
        />
      )}
    </Field>
  );
}

type ReasonProps = FieldProps & { placeholder: string; reasons: ReasonOption[] };

/** The reason from the shared list, which the association reads in its own language. */
export function ReasonField({ label, value, error, placeholder, reasons }: ReasonProps) {
  const id = useId();

  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select {...control} name="reasonCode" defaultValue={value} className={controlClass}>
          <option value="">{placeholder}</option>
          {reasons.map((reason) => (
            <option key={reason.value} value={reason.value}>
              {reason.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
