"use client";

import { FieldError } from "@/components/form/field-error";
import { fieldId, useField } from "./form-context";
import type { Option } from "./options";

type Props = { name: string; legend: React.ReactNode; hint?: string; options: Option[] };

/** A group of checkboxes sharing one name; its message belongs to the whole group. */
export function CheckboxList({ name, legend, hint, options }: Props) {
  const field = useField(name, Boolean(hint));
  const checked = new Set(field.defaultList);

  return (
    <fieldset aria-describedby={field.inputProps["aria-describedby"]} className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={field.hintId} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-md px-2">
            <input
              type="checkbox"
              id={fieldId(`${name}.${option.value}`)}
              name={name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              aria-invalid={field.error ? true : undefined}
              className="size-5 accent-green-800"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={field.errorId} message={field.error} />
    </fieldset>
  );
}
