import { IMAGE_ACCEPT } from "@/lib/images/limits";
import { Field, controlClass } from "./field";
import { controlId } from "./form-state";

type Text = {
  logo: string;
  logoHint: string;
  logoAgain: string;
  currentLogo: string;
  removeLogo: string;
  optional: string;
};

type Props = {
  formId: string;
  text: Text;
  /** Where the saved logo is served, when there is one. */
  currentUrl?: string | null;
  /** A file had been chosen before the form came back refused. */
  chooseAgain: boolean;
  onChoose: (chosen: boolean) => void;
  errorOf: (path: string) => string | undefined;
};

export function LogoField({ formId, text, currentUrl, chooseAgain, onChoose, errorOf }: Props) {
  const hint = chooseAgain ? `${text.logoHint} ${text.logoAgain}` : text.logoHint;

  return (
    <div className="space-y-3">
      <Field
        id={controlId(formId, "logo")}
        label={text.logo}
        optional={text.optional}
        hint={hint}
        error={errorOf("logo")}
      >
        {(control) => (
          <input
            {...control}
            name="logo"
            type="file"
            accept={IMAGE_ACCEPT}
            onChange={(event) => onChoose(Boolean(event.currentTarget.files?.length))}
            className={controlClass}
          />
        )}
      </Field>
      {currentUrl ? (
        <figure className="flex items-center gap-3">
          <img
            src={currentUrl}
            alt={text.currentLogo}
            width={64}
            height={64}
            className="size-16 rounded-md border border-sand-200 bg-white object-contain"
          />
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="removeLogo" className="size-5" />
            {text.removeLogo}
          </label>
        </figure>
      ) : null}
    </div>
  );
}
