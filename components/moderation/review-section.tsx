import type { ReactNode } from "react";

type Props = { id: string; title: string; folded: boolean; children: ReactNode };

/**
 * A part of the review page under its heading; folded (and opened without
 * JavaScript by a click on its summary) when something else is read first.
 */
export function ReviewSection({ id, title, folded, children }: Props) {
  const heading = (
    <h2 id={`${id}-title`} className="inline text-xl font-bold text-green-900">
      {title}
    </h2>
  );

  if (!folded) {
    return (
      <section aria-labelledby={`${id}-title`} className="space-y-4">
        {heading}
        {children}
      </section>
    );
  }

  return (
    <details className="group space-y-4">
      <summary className="min-h-11 cursor-pointer py-2">{heading}</summary>
      <div className="space-y-4 pt-2">{children}</div>
    </details>
  );
}
