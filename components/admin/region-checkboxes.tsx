export type RegionOption = { value: string; label: string };

type Props = {
  idPrefix: string;
  legend: string;
  hint: string;
  regions: RegionOption[];
  checked: readonly string[];
};

/** The 12 regions as checkboxes named regionCodes; none ticked means all of them. */
export function RegionCheckboxes({ idPrefix, legend, hint, regions, checked }: Props) {
  const hintId = `${idPrefix}-hint`;

  return (
    <fieldset aria-describedby={hintId} className="space-y-2">
      <legend className="font-semibold text-ink">{legend}</legend>
      <p id={hintId} className="text-sm text-ink-soft">
        {hint}
      </p>
      <div className="grid gap-1 sm:grid-cols-2">
        {regions.map((region) => (
          <label key={region.value} className="flex min-h-11 items-center gap-3 rounded-md px-2">
            <input
              type="checkbox"
              name="regionCodes"
              value={region.value}
              defaultChecked={checked.includes(region.value)}
              className="size-5 shrink-0 accent-green-800"
            />
            {region.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
