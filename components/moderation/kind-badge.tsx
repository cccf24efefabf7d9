import { clsx } from "clsx";
import type { QueueKind } from "@/lib/moderation/queue-params";

const COLOURS: Record<QueueKind, string> = {
  submission: "border-majorelle bg-blue-50 text-majorelle",
  edit: "border-amber-700 bg-amber-50 text-amber-900",
  profile: "border-green-800 bg-green-50 text-green-900",
  report: "border-terracotta bg-orange-50 text-terracotta",
};

const MARKS: Record<QueueKind, string> = { submission: "+", edit: "✎", profile: "⌂", report: "!" };

/** What kind of item waits: its name in words, with a colour and a mark to scan by. */
export function KindBadge({ kind, label }: { kind: QueueKind; label: string }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5",
        "text-sm font-semibold",
        COLOURS[kind],
      )}
    >
      <span aria-hidden="true" className="font-bold">
        {MARKS[kind]}
      </span>
      {label}
    </span>
  );
}
