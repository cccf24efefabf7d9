"use client";

import type { ReactNode } from "react";
import { FieldError } from "@/components/form/field-error";
import { useField } from "./form-context";
import { fieldClass } from "./field-class";

type Language = { lang?: string; dir: "rtl" | "ltr" };

type Props = {
  name: string;
  label: ReactNode;
  hint?: string;
  maxLength?: number;
  rows?: number;
  type?: "text" | "url" | "date";
  /** The language typed in the input, when it is not the page's (set on the input only). */
  content?: Language;
  /** The page's language, for the label and messages inside a fieldset of another language. */
  page?: Language;
  describedBy?: string;
  /** Marked invalid by a message about a group of fields, such as "write a title". */
  invalid?: boolean;
};

export function TextField(props: Props) {
  const { name, label, hint, maxLength, rows, type = "text", content, page } = props;
  const field = useField(name, Boolean(hint), props.describedBy);
  const invalid = field.inputProps["aria-invalid"] ?? (props.invalid || undefined);
  const input = {
    ...field.inputProps,
    "aria-invalid": invalid,
    defaultValue: field.defaultValue,
    maxLength,
    ...content,
  };

  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block font-semibold" {...page}>
        {label}
      </label>
      {hint ? (
        <p id={field.hintId} className="text-sm text-ink-soft" {...page}>
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea rows={rows} className={fieldClass} {...input} />
      ) : (
        <input type={type} className={fieldClass} {...input} />
      )}
      <div {...page}>
        <FieldError id={field.errorId} message={field.error} />
      </div>
    </div>
  );
}
