import type { ActionResult } from "@/lib/actions/result";
import { FormStatus } from "@/components/form/form-status";

type Failure = Extract<ActionResult, { ok: false }>;

type Props = { failures: Failure[]; typedMessage: string };

/**
 * A refusal for a form that no longer fits the item (someone else decided
 * first, so the page now shows where it stands). What the moderator typed
 * stays readable, to reuse it.
 */
export function MissedDecision({ failures, typedMessage }: Props) {
  const failure = failures[0];
  const typed = failure?.values.message;

  return (
    <div className="space-y-2">
      <FormStatus message={failure?.message} />
      {typeof typed === "string" && typed.trim() ? (
        <figure className="rounded-md border border-sand-200 bg-sand-50 p-3 text-sm">
          <figcaption className="font-semibold">{typedMessage}</figcaption>
          <blockquote dir="auto" className="whitespace-pre-line">
            {typed}
          </blockquote>
        </figure>
      ) : null}
    </div>
  );
}
