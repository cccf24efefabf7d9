"use client";

import { useActionState, useState } from "react";
import { useLocale } from "next-intl";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { createInitiativeSchema, updateInitiativeSchema } from "@/lib/initiatives/form-schema";
import { textValue, type FormValues } from "@/lib/initiatives/form-values";
import { ContentSection } from "./content-section";
import { DatesSection } from "./dates-section";
import { FormActions } from "./form-actions";
import { FormContextProvider } from "./form-context";
import type { SavedImage } from "./image-sections";
import { ImagesSection } from "./images-section";
import { LinksSection } from "./links-section";
import type { Option } from "./options";
import { PlaceSection } from "./place-section";
import { ThemesSection } from "./themes-section";
import { useEarlyValidation } from "./use-early-validation";

type Props = {
  mode: "create" | "update";
  action: (state: FormState<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;
  /** organisationId and clientToken for a new initiative, initiativeId for an edit. */
  hidden: Record<string, string>;
  initialValues: FormValues;
  regions: Option[];
  themes: Option[];
  savedImages: SavedImage[];
};

/**
 * The initiative form. It posts to a server action, so it works without
 * JavaScript; with it, fields are checked early. After a refusal the form
 * is drawn again (new key) from what the server echoed, so nothing typed is
 * lost; only chosen files must be chosen again.
 */
export function InitiativeForm({ mode, action, hidden, initialValues, ...choices }: Props) {
  const locale = useLocale();
  const [state, formAction] = useActionState(action, null);
  const refused = state && !state.ok ? state : null;
  const schema = mode === "create" ? createInitiativeSchema : updateInitiativeSchema;
  const values = refused?.values ?? initialValues;
  const validation = useEarlyValidation(
    schema,
    refused?.fieldErrors ?? {},
    textValue(values, "intent"),
  );
  const [shown, setShown] = useState(state);
  const [round, setRound] = useState(0);

  if (state !== shown) {
    setShown(state);
    setRound(round + 1);
    validation.showServerAnswer(refused?.fieldErrors ?? {}, textValue(values, "intent"));
  }

  return (
    <form
      key={round}
      ref={validation.formRef}
      action={formAction}
      noValidate
      className="space-y-6"
      {...validation.handlers}
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormContextProvider value={{ values, errors: validation.errors }}>
        <ContentSection />
        <PlaceSection regions={choices.regions} />
        <ThemesSection themes={choices.themes} />
        <DatesSection />
        <LinksSection />
        <ImagesSection savedImages={choices.savedImages} filesLost={refused !== null} />
        <FormActions message={validation.message ?? refused?.message} />
      </FormContextProvider>
    </form>
  );
}
