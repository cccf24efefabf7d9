import { ORGANISATION_LIMITS as LIMITS } from "@/lib/organisations/limits";
import { Field, controlClass } from "./field";
import { controlId, textValue, type FormValues } from "./form-state";

export type Option = { value: string; label: string };

type Text = {
  kind: string;
  choose: string;
  region: string;
  regionHint: string;
  city: string;
  optional: string;
};

type Props = {
  formId: string;
  text: Text;
  kinds: Option[];
  regions: Option[];
  values: FormValues;
  errorOf: (path: string) => string | undefined;
};

function Select({
  name,
  options,
  choose,
  ...props
}: { name: string; options: Option[] } & {
  choose: string;
  defaultValue: string;
}) {
  return (
    <select name={name} {...props} className={controlClass}>
      <option value="">{choose}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** What kind of organisation it is and where it has its seat. */
export function ProfileFields({ formId, text, kinds, regions, values, errorOf }: Props) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={controlId(formId, "kind")} label={text.kind} error={errorOf("kind")}>
        {(control) => (
          <Select
            {...control}
            name="kind"
            options={kinds}
            choose={text.choose}
            defaultValue={textValue(values, "kind")}
          />
        )}
      </Field>
      <Field
        id={controlId(formId, "regionCode")}
        label={text.region}
        hint={text.regionHint}
        error={errorOf("regionCode")}
      >
        {(control) => (
          <Select
            {...control}
            name="regionCode"
            options={regions}
            choose={text.choose}
            defaultValue={textValue(values, "regionCode")}
          />
        )}
      </Field>
      <Field
        id={controlId(formId, "city")}
        label={text.city}
        optional={text.optional}
        error={errorOf("city")}
      >
        {(control) => (
          <input
            {...control}
            name="city"
            defaultValue={textValue(values, "city")}
            maxLength={LIMITS.cityMax}
            autoComplete="address-level2"
            className={controlClass}
          />
        )}
      </Field>
    </div>
  );
}
