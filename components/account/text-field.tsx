import { clsx } from "clsx";
import { FieldError } from "@/components/form/field-error";
import type { FieldSpec } from "./field-spec";

type Props = {
  formId: string;
  field: FieldSpec;
  value?: string;
  error?: string;
};

const control = clsx(
  "mt-1 block min-h-11 w-full rounded-md border border-ink-soft/70 bg-white px-3 py-2",
  "text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-terracotta",
);

/**
 * A labelled input with its hint and its error, both named by
 * aria-describedby. Addresses and passwords are Latin text, so they run left
 * to right and keep to the start side on Arabic pages.
 */
export function TextField({ formId, field, value, error }: Props) {
  const id = `${formId}-${field.name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [field.hint ? hintId : null, error ? errorId : null].filter(Boolean);
  const latin = field.type === "email" || field.type === "password";
  const shared = {
    id,
    name: field.name,
    defaultValue: value ?? field.defaultValue,
    required: field.required,
    autoComplete: field.autoComplete,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy.length ? describedBy.join(" ") : undefined,
  };

  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {field.label}
      </label>
      {field.hint ? (
        <p id={hintId} className="text-sm text-ink-soft">
          {field.hint}
        </p>
      ) : null}
      {field.type === "select" ? (
        <select {...shared} className={control}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...shared}
          type={field.type}
          maxLength={field.maxLength}
          dir={latin ? "ltr" : undefined}
          spellCheck={latin ? false : undefined}
          className={clsx(control, latin && "rtl:text-right")}
        />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
