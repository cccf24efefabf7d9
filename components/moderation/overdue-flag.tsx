import { clsx } from "clsx";

const CLOCK = [
  "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Z",
  "m.75 3.5v3.19l2.28 2.28-1.06 1.06L7.25 8.31V4.5h1.5Z",
].join("");

/** The mark of an item that has waited too long: words and an icon, not colour alone. */
export function OverdueFlag({ label }: { label: string }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full bg-terracotta",
        "px-2.5 py-0.5 text-sm font-semibold text-white",
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="currentColor">
        <path d={CLOCK} />
      </svg>
      {label}
    </span>
  );
}
