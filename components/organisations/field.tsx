import { clsx } from "clsx";
import type { ReactNode } from "react";
import { FieldError } from "@/components/form/field-error";

export type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** "(optional)" in the page's language, for fields that may stay empty. */
  optional?: string;
  children: (control: ControlProps) => ReactNode;
};

export const controlClass = clsx(
  "mt-1 block min-h-11 w-full rounded-md border border-ink-soft/70 bg-white px-3 py-2",
  "text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-terracotta",
);

/** A label, its hint and its error around one control, tied by aria-describedby. */
export function Field({ id, label, hint, error, optional, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {optional ? <span className="font-normal text-ink-soft"> {optional}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
