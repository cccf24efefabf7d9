"use client";

import type { ReactNode } from "react";
import { textValue } from "@/components/organisations/form-state";
import type { FormState } from "@/lib/actions/result";
import type { DecisionChoice } from "@/lib/moderation/decision-choices";
import { MessageField, ReasonField } from "./decision-fields";
import type { DecisionTexts } from "./decision-texts";

type ErrorOf = (path: string) => string | undefined;

/** The fields a decision asks for: a message to send back, a reason to refuse or take down. */
export function choiceFields(
  choice: DecisionChoice,
  state: FormState,
  text: DecisionTexts,
): ((errorOf: ErrorOf) => ReactNode) | undefined {
  const { fields } = text;
  const value = (name: string) => (state && !state.ok ? textValue(state.values, name) : "");

  if (choice === "requestChanges") {
    return (errorOf) => (
      <MessageField
        label={fields.message}
        hint={fields.messageHint}
        value={value("message")}
        error={errorOf("message")}
      />
    );
  }
  if (choice !== "reject" && choice !== "unpublish") return undefined;

  return (errorOf) => (
    <>
      <ReasonField
        label={fields.reason}
        placeholder={fields.reasonPlaceholder}
        reasons={text.reasons}
        value={value("reasonCode")}
        error={errorOf("reasonCode")}
      />
      <MessageField
        label={fields.explanation}
        hint={fields.explanationHint}
        optional={fields.optional}
        value={value("message")}
        error={errorOf("message")}
      />
    </>
  );
}
