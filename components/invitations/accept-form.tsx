"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<ActionResult>;
  locale: string;
  token: string;
  text: { submit: string; pending: string };
};

/**
 * Joining takes a click on the page, not just opening the link: mail
 * scanners open links too, and must not accept invitations for anyone.
 */
export function AcceptForm({ action, locale, token, text }: Props) {
  const [state, formAction] = useActionState(action, null);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormStatus ok={state?.ok ?? true} message={state?.message} />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
