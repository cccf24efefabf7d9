"use client";

import { clsx } from "clsx";
import { useActionState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  hidden: Record<string, string>;
  label: string;
  /** The button's full name for screen readers, such as "Remove Amina". */
  accessibleLabel: string;
  pendingLabel: string;
  /** Asked first, for an action that cannot be undone (removing a member). */
  confirm?: { question: string; yes: string };
};

const summaryClass = clsx(
  "inline-flex min-h-11 cursor-pointer items-center rounded-md border border-ink-soft/60",
  "px-4 font-semibold text-ink hover:bg-sand-100",
);

/**
 * One button that acts on one row (remove a member, withdraw an invitation).
 * With `confirm`, the button first opens a question; a <details> element, so
 * the second step works without JavaScript too.
 */
export function InlineActionForm({ action, locale, hidden, confirm, ...text }: Props) {
  const [state, formAction] = useActionState(action, null);
  const problem = state && !state.ok ? Object.values(state.fieldErrors)[0] : undefined;
  const button = (
    <SubmitButton pendingLabel={text.pendingLabel} variant="secondary">
      {confirm ? (
        confirm.yes
      ) : (
        <>
          <span aria-hidden="true">{text.label}</span>
          <span className="sr-only">{text.accessibleLabel}</span>
        </>
      )}
    </SubmitButton>
  );

  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <details className="group">
          <summary className={summaryClass}>
            <span aria-hidden="true">{text.label}</span>
            <span className="sr-only">{text.accessibleLabel}</span>
          </summary>
          <div className="mt-2 max-w-xs space-y-2">
            <p className="text-sm text-ink">{confirm.question}</p>
            {button}
          </div>
        </details>
      ) : (
        button
      )}
      <FormStatus ok={state?.ok ?? true} message={problem ?? state?.message} />
    </form>
  );
}
