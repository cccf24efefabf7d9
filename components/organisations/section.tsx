import type { ReactNode } from "react";

type Props = { title: string; lead?: string; children: ReactNode };

/** One titled part of a long form. */
export function Section({ title, lead, children }: Props) {
  return (
    <section className="space-y-4">
      <header className="space-y-1">
        <h2 className="text-xl font-bold text-green-900">{title}</h2>
        {lead ? <p className="text-sm text-ink-soft">{lead}</p> : null}
      </header>
      {children}
    </section>
  );
}
