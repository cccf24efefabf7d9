"use client";

import { useActionState } from "react";
import type { z } from "zod";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  approveAction,
  dismissReportsAction,
  rejectAction,
  requestChangesAction,
  restoreAction,
  unpublishAction,
} from "@/lib/moderation/actions";
import { decisionChoices, type DecisionChoice } from "@/lib/moderation/decision-choices";
import {
  approveSchema,
  dismissReportsSchema,
  rejectSchema,
  requestChangesSchema,
  restoreSchema,
  unpublishSchema,
} from "@/lib/moderation/decision-schemas";
import type { DecisionTarget } from "@/lib/moderation/decision-target";
import { choiceFields } from "./choice-fields";
import { DecisionForm } from "./decision-form";
import type { DecisionTexts } from "./decision-texts";
import { MissedDecision } from "./missed-decision";

type Props = { locale: AppLocale; item: DecisionTarget; shownAt: string; text: DecisionTexts };

const SCHEMAS = {
  approve: approveSchema,
  requestChanges: requestChangesSchema,
  reject: rejectSchema,
  unpublish: unpublishSchema,
  dismissReports: dismissReportsSchema,
  restore: restoreSchema,
} satisfies Record<DecisionChoice, z.ZodType>;

function hiddenFields(locale: AppLocale, item: DecisionTarget, shownAt: string) {
  const base = { locale, initiativeId: item.initiativeId };
  const version = {
    ...base,
    revisionId: item.revisionId ?? "",
    submittedAt: item.submittedAt ?? "",
  };

  return {
    approve: version,
    requestChanges: version,
    reject: version,
    unpublish: base,
    dismissReports: { ...base, shownAt },
    restore: base,
  } satisfies Record<DecisionChoice, Record<string, string>>;
}

/**
 * The decision forms that fit the item. Every form's state lives here,
 * whatever the item's status, so a refusal stays on screen after the page
 * is rendered again with the decision someone else made first.
 */
export function DecisionForms({ locale, item, shownAt, text }: Props) {
  const states = {
    approve: useActionState(approveAction, null),
    requestChanges: useActionState(requestChangesAction, null),
    reject: useActionState(rejectAction, null),
    unpublish: useActionState(unpublishAction, null),
    dismissReports: useActionState(dismissReportsAction, null),
    restore: useActionState(restoreAction, null),
  } satisfies Record<DecisionChoice, unknown>;
  const choices = decisionChoices(item);
  const hidden = hiddenFields(locale, item, shownAt);
  const missed = (Object.keys(states) as DecisionChoice[])
    .filter((choice) => !choices.includes(choice))
    .flatMap((choice) => {
      const [state] = states[choice];

      return state && !state.ok ? [state] : [];
    });

  return (
    <div className="space-y-4">
      <MissedDecision failures={missed} typedMessage={text.typedMessage} />
      {choices.length === 0 ? <p className="text-ink-soft">{text.nothingToDecide}</p> : null}
      {choices.map((choice) => {
        const [state, formAction] = states[choice];

        return (
          <DecisionForm
            key={choice}
            formAction={formAction}
            state={state}
            schema={SCHEMAS[choice]}
            hidden={hidden[choice]}
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
