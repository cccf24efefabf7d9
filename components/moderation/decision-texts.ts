import type { DecisionChoice } from "@/lib/moderation/decision-choices";

export type ChoiceText = { title: string; hint: string; submit: string };

export type ReasonOption = { value: string; label: string };

/** Every text of the decision forms, translated on the server. */
export type DecisionTexts = {
  nothingToDecide: string;
  sending: string;
  typedMessage: string;
  choices: Record<DecisionChoice, ChoiceText>;
  fields: {
    message: string;
    messageHint: string;
    reason: string;
    reasonPlaceholder: string;
    explanation: string;
    explanationHint: string;
    optional: string;
  };
  reasons: ReasonOption[];
};
