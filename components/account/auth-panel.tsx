import type { ReactNode } from "react";

type Props = { title: string; lead?: string; children: ReactNode; footer?: ReactNode };

/** The narrow card of the sign-in, sign-up and password pages. */
export function AuthPanel({ title, lead, children, footer }: Props) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header className="space-y-2 text-center">
        <h1 className="text-3xl font-extrabold text-green-900">{title}</h1>
        {lead ? <p className="text-ink-soft">{lead}</p> : null}
      </header>
      <div className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-sand-200 sm:p-6">
        {children}
      </div>
      {footer ? <div className="space-y-2 text-center text-sm">{footer}</div> : null}
    </div>
  );
}
