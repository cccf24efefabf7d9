import { clsx } from "clsx";
import { ORGANISATION_LIMITS as LIMITS } from "@/lib/organisations/limits";
import { Field, controlClass } from "./field";
import { controlId, listValue, textValue, type FormValues } from "./form-state";

type Text = {
  website: string;
  websiteHint: string;
  socialTitle: string;
  socialHint: string;
  socialLinks: string[];
  optional: string;
};

type Props = {
  formId: string;
  text: Text;
  values: FormValues;
  errorOf: (path: string) => string | undefined;
};

// Addresses are Latin text: left to right, kept at the start side on Arabic pages.
const urlControl = clsx(controlClass, "rtl:text-right");

/** The organisation's website and up to five social network pages. */
export function WebFields({ formId, text, values, errorOf }: Props) {
  const links = listValue(values, "socialLinks");

  return (
    <div className="space-y-4">
      <Field
        id={controlId(formId, "website")}
        label={text.website}
        optional={text.optional}
        hint={text.websiteHint}
        error={errorOf("website")}
      >
        {(control) => (
          <input
            {...control}
            name="website"
            type="url"
            dir="ltr"
            defaultValue={textValue(values, "website")}
            maxLength={LIMITS.urlMax}
            autoComplete="url"
            className={urlControl}
          />
        )}
      </Field>
      <fieldset aria-describedby={`${formId}-social-hint`} className="space-y-3">
        <legend className="font-semibold text-ink">
          {text.socialTitle}
          <span className="font-normal text-ink-soft"> {text.optional}</span>
        </legend>
        <p id={`${formId}-social-hint`} className="text-sm text-ink-soft">
          {text.socialHint}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {text.socialLinks.map((label, index) => (
            <Field
              key={label}
              id={controlId(formId, `socialLinks.${index}`)}
              label={label}
              error={errorOf(`socialLinks.${index}`)}
            >
              {(control) => (
                <input
                  {...control}
                  name="socialLinks"
                  type="url"
                  dir="ltr"
                  defaultValue={links[index] ?? ""}
                  maxLength={LIMITS.urlMax}
                  className={urlControl}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
