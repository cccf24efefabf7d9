"use client";

import { useActionState, useId } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { echoed } from "./form-values";
import { RegionCheckboxes, type RegionOption } from "./region-checkboxes";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  userId: string;
  current: string[];
  regions: RegionOption[];
  text: {
    summary: string;
    /** The summary with the moderator's name, for screen readers. */
    summaryFull: string;
    legend: string;
    hint: string;
    submit: string;
    sending: string;
  };
};

/** A moderator's regions, folded away until the admin opens them. */
export function RegionsForm({ action, locale, userId, current, regions, text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const id = useId();
  const refused = state !== null && !state.ok;
  const problem = refused ? (Object.values(state.fieldErrors)[0] ?? state.message) : undefined;

  return (
    <details open={refused || undefined} className="rounded-md border border-sand-200">
      <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-green-900">
        <span aria-hidden="true">{text.summary}</span>
        <span className="sr-only">{text.summaryFull}</span>
      </summary>
      <form action={formAction} className="space-y-4 p-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={userId} />
        <FormStatus ok={false} message={problem} />
        <RegionCheckboxes
          idPrefix={`${id}-regions`}
          legend={text.legend}
          hint={text.hint}
          regions={regions}
          checked={refused ? (echoed(state, "regionCodes") ?? []) : current}
        />
        <SubmitButton pendingLabel={text.sending} variant="secondary">
          {text.submit}
        </SubmitButton>
      </form>
    </details>
  );
}
