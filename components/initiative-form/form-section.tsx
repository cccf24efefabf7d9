import type { ReactNode } from "react";

type Props = { title: string; hint?: string; children: ReactNode };

/** One card of the form: a heading, a short help text, its fields. */
export function FormSection({ title, hint, children }: Props) {
  return (
    <section className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 sm:p-6">
      <h2 className="text-xl font-bold text-green-900">{title}</h2>
      {hint ? <p className="text-ink-soft">{hint}</p> : null}
      {children}
    </section>
  );
}
