import type { ReactNode } from "react";

type Props = { id: string; title: string; lead?: ReactNode; children: ReactNode };

/** One card of the account page, named by its heading for assistive technology. */
export function AccountSection({ id, title, lead, children }: Props) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-sand-200 sm:p-6"
    >
      <h2 id={id} className="text-xl font-bold text-green-900">
        {title}
      </h2>
      {lead ? <p className="text-ink-soft">{lead}</p> : null}
      {children}
    </section>
  );
}
