"use client";

import { useActionState } from "react";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  approveProfileAction,
  rejectProfileAction,
  requestProfileChangesAction,
} from "@/lib/moderation/profile-actions";
import {
  approveProfileSchema,
  rejectProfileSchema,
  requestProfileChangesSchema,
} from "@/lib/moderation/profile-decision-schemas";
import { choiceFields } from "./choice-fields";
import { DecisionForm } from "./decision-form";
import type { DecisionTexts } from "./decision-texts";
import { MissedDecision } from "./missed-decision";

/** The profile edit a moderator is looking at; null when none waits. */
export type ProfileTarget = { organisationId: string; revisionId: string; submittedAt: string };

type Props = { locale: AppLocale; target: ProfileTarget | null; text: DecisionTexts };

const CHOICES = ["approve", "requestChanges", "reject"] as const;

const SCHEMAS = {
  approve: approveProfileSchema,
  requestChanges: requestProfileChangesSchema,
  reject: rejectProfileSchema,
};

/**
 * The three decisions about a profile edit. Their states live here, so a
 * refusal stays on screen after the page is rendered again without the edit
 * (another moderator decided first).
 */
export function ProfileDecisionForms({ locale, target, text }: Props) {
  const states = {
    approve: useActionState(approveProfileAction, null),
    requestChanges: useActionState(requestProfileChangesAction, null),
    reject: useActionState(rejectProfileAction, null),
  };
  const failures = CHOICES.flatMap((choice) => {
    const [state] = states[choice];

    return state && !state.ok ? [state] : [];
  });

  if (!target) {
    return (
      <div className="space-y-4">
        <MissedDecision failures={failures} typedMessage={text.typedMessage} />
        <p className="text-ink-soft">{text.nothingToDecide}</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {CHOICES.map((choice) => {
        const [state, formAction] = states[choice];

        return (
          <DecisionForm
            key={choice}
            formAction={formAction}
            state={state}
            schema={SCHEMAS[choice]}
            hidden={{ locale, ...target }}
            text={text.choices[choice]}
            sending={text.sending}
            primary={choice === "approve"}
          >
            {choiceFields(choice, state, text)}
          </DecisionForm>
        );
      })}
    </div>
  );
}
