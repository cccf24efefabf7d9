import type { ReactNode } from "react";

type Props = { title: string; lead?: string; children?: ReactNode };

/** The title block that opens every list page. */
export function PageHeader({ title, lead, children }: Props) {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-extrabold text-green-900">{title}</h1>
      {lead ? <p className="text-ink-soft">{lead}</p> : null}
      {children}
    </header>
  );
}
