import { clsx } from "clsx";
import type { FieldChange } from "@/lib/moderation/diff";

type Shown = Exclude<FieldChange, "unchanged">;

const STYLE: Record<Shown, { mark: string; className: string }> = {
  changed: { mark: "≠", className: "bg-amber-100 text-amber-900" },
  added: { mark: "+", className: "bg-green-100 text-green-900" },
  removed: { mark: "−", className: "bg-orange-100 text-terracotta" },
};

/** How a field changed, in words with a mark. */
export function ChangeBadge({ change, label }: { change: Shown; label: string }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold",
        STYLE[change].className,
      )}
    >
      <span aria-hidden="true">{STYLE[change].mark}</span>
      {label}
    </span>
  );
}
