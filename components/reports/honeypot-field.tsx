import { HONEYPOT_FIELD } from "@/lib/reports/report-schema";

/**
 * A trap for bots: an ordinary-looking field that people never see and
 * assistive technology never announces or focuses. Anything typed in it
 * marks the sender as a bot.
 */
export function HoneypotField({ id, label }: { id: string; label: string }) {
  return (
    <div aria-hidden="true" className="sr-only">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
    </div>
  );
}
