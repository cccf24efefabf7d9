import { FieldError } from "@/components/form/field-error";

type Props = {
  id: string;
  legend: string;
  reasons: { value: string; label: string }[];
  chosen?: string;
  error?: string;
};

/** The reasons as radio buttons; the group's message sits under them. */
export function ReasonChoices({ id, legend, reasons, chosen, error }: Props) {
  const errorId = `${id}-error`;

  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="font-semibold text-ink">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {reasons.map((reason) => (
          <label key={reason.value} className="flex min-h-11 items-center gap-3 rounded-md px-2">
            <input
              type="radio"
              name="reason"
              value={reason.value}
              defaultChecked={reason.value === chosen}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0 accent-green-800"
            />
            {reason.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
