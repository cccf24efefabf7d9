import { clsx } from "clsx";
import type { AppLocale } from "@/lib/i18n/routing";
import { ORGANISATION_LIMITS as LIMITS } from "@/lib/organisations/limits";
import { Field, controlClass } from "./field";
import { controlId, textValue, type FormValues } from "./form-state";

type Text = {
  legend: string;
  name: string;
  description: string;
  descriptionHint: string;
  optional: string;
};

type Props = {
  formId: string;
  locale: AppLocale;
  text: Text;
  values: FormValues;
  errorOf: (path: string) => string | undefined;
  /** The page's language is shown open; the others fold away until used. */
  folded: boolean;
};

/** The name and description of the organisation in one language, written in that script. */
export function LanguageFields({ formId, locale, text, values, errorOf, folded }: Props) {
  const path = (field: string) => `translations.${locale}.${field}`;
  const script = { lang: locale, dir: locale === "ar" ? "rtl" : "ltr" } as const;
  const nameError = errorOf(path("name")) ?? (folded ? undefined : errorOf("translations"));
  const filled = Boolean(textValue(values, path("name")) || textValue(values, path("description")));
  const hasError = Boolean(nameError || errorOf(path("description")));

  const fields = (
    <div className="space-y-4">
      <Field id={controlId(formId, path("name"))} label={text.name} error={nameError}>
        {(control) => (
          <input
            {...control}
            {...script}
            name={path("name")}
            defaultValue={textValue(values, path("name"))}
            maxLength={LIMITS.nameMax}
            autoComplete="organization"
            className={controlClass}
          />
        )}
      </Field>
      <Field
        id={controlId(formId, path("description"))}
        label={text.description}
        optional={text.optional}
        hint={text.descriptionHint}
        error={errorOf(path("description"))}
      >
        {(control) => (
          <textarea
            {...control}
            {...script}
            name={path("description")}
            defaultValue={textValue(values, path("description"))}
            maxLength={LIMITS.descriptionMax}
            rows={5}
            className={controlClass}
          />
        )}
      </Field>
    </div>
  );

  const box = "rounded-lg border border-sand-200 bg-white p-4";
  if (!folded) {
    return (
      <fieldset className={box}>
        <legend className="px-1 text-lg font-bold">{text.legend}</legend>
        {fields}
      </fieldset>
    );
  }

  return (
    <details open={filled || hasError} className={clsx(box, "group")}>
      <summary className="cursor-pointer text-lg font-bold text-green-800">
        {text.legend} <span className="font-normal text-ink-soft">{text.optional}</span>
      </summary>
      <fieldset className="mt-4">
        <legend className="sr-only">{text.legend}</legend>
        {fields}
      </fieldset>
    </details>
  );
}
