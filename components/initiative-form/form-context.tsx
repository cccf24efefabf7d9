"use client";

import { createContext, useContext } from "react";
import { listValue, textValue, type FormValues } from "@/lib/initiatives/form-values";

type FormContextValue = { values: FormValues; errors: Record<string, string> };

const FormContext = createContext<FormContextValue>({ values: {}, errors: {} });

export const FormContextProvider = FormContext.Provider;

export function useFormErrors(): Record<string, string> {
  return useContext(FormContext).errors;
}

/** An input's id, safe in CSS selectors: the name's dots become dashes. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll(".", "-")}`;
}

/** What an input needs: its id, initial value, error and the ids that describe it. */
export function useField(name: string, hasHint = false, extraDescription?: string) {
  const { values, errors } = useContext(FormContext);
  const id = fieldId(name);
  const error = errors[name];
  const describedBy = [
    hasHint ? `${id}-hint` : "",
    error ? `${id}-error` : "",
    extraDescription,
  ].filter(Boolean);

  return {
    id,
    error,
    errorId: `${id}-error`,
    hintId: `${id}-hint`,
    defaultValue: textValue(values, name),
    defaultList: listValue(values, name),
    inputProps: {
      id,
      name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy.length > 0 ? describedBy.join(" ") : undefined,
    },
  };
}
