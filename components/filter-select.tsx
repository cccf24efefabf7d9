export type FilterOption = { value: string; label: string };

type Props = {
  label: string;
  name: string;
  value: string | undefined;
  /** The first choice, which sets no filter. */
  anyLabel: string;
  options: FilterOption[];
};

export const filterFieldClass =
  "w-full rounded-lg border border-sand-200 bg-white px-3 py-2.5 text-base focus:border-green-700";

/** One labelled choice of a GET filter form (directory, moderation queue). */
export function FilterSelect({ label, name, value, anyLabel, options }: Props) {
  return (
    <label className="flex flex-col gap-1 text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={filterFieldClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
