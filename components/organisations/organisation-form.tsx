"use client";

import { useActionState, useId, useState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { readOrganisationForm } from "@/lib/organisations/organisation-form-data";
import { organisationSchema } from "@/lib/organisations/organisation-schema";
import { valuesToShow, type FormValues } from "./form-state";
import { LanguageFields } from "./language-fields";
import { LogoField } from "./logo-field";
import type { OrganisationFormText } from "./organisation-form-text";
import { ProfileFields, type Option } from "./profile-fields";
import { Section } from "./section";
import { useEarlyCheck } from "./use-early-check";
import { WebFields } from "./web-fields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: AppLocale;
  text: OrganisationFormText;
  kinds: Option[];
  regions: Option[];
  saved: FormValues;
  /** The creation token or the organisation's id. */
  hidden: Record<string, string>;
  logoUrl?: string | null;
};

function check(form: HTMLFormElement) {
  const parsed = organisationSchema.safeParse(readOrganisationForm(new FormData(form)));

  return parsed.success ? null : fieldErrorKeys(parsed.error);
}

/**
 * The organisation's profile, for creating and editing: a real form posting
 * to its server action, with the page's language first and the others folded
 * until someone writes in them.
 */
export function OrganisationForm({ action, locale, text, hidden, ...props }: Props) {
  const [state, formAction] = useActionState(action, null);
  const { formRef, errorOf, checking, onSubmit, onBlur, onChange } = useEarlyCheck(check, state);
  const [logoChosen, setLogoChosen] = useState(false);
  const formId = useId();
  const values = valuesToShow(state, props.saved);
  const order = [locale, ...locales.filter((other) => other !== locale)];
  const [shown, setShown] = useState(state);
  const [round, setRound] = useState(0);

  // React resets a form after its action; selects would fall back to their
  // first option. Drawing the form again from the echoed values keeps them.
  if (state !== shown) {
    setShown(state);
    setRound(round + 1);
  }

  return (
    <form
      key={round}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      encType="multipart/form-data"
      className="space-y-8"
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus ok={state?.ok ?? true} message={checking ? undefined : state?.message} />

      <Section title={text.languagesTitle} lead={text.languagesHint}>
        {order.map((language) => (
          <LanguageFields
            key={language}
            formId={formId}
            locale={language}
            text={{ ...text, legend: text.languageLegend[language] }}
            values={values}
            errorOf={errorOf}
            folded={language !== locale}
          />
        ))}
      </Section>
      <Section title={text.aboutTitle}>
        <ProfileFields
          formId={formId}
          text={text}
          kinds={props.kinds}
          regions={props.regions}
          values={values}
          errorOf={errorOf}
        />
        <LogoField
          formId={formId}
          text={text}
          currentUrl={props.logoUrl}
          chooseAgain={logoChosen && state?.ok === false}
          onChoose={setLogoChosen}
          errorOf={errorOf}
        />
      </Section>
      <Section title={text.webTitle}>
        <WebFields formId={formId} text={text} values={values} errorOf={errorOf} />
      </Section>

      <SubmitButton pendingLabel={text.sending}>{text.submit}</SubmitButton>
    </form>
  );
}
