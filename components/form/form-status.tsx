import { clsx } from "clsx";

type Props = { ok?: boolean; message?: string };

/**
 * The form's overall answer, in a live region so screen readers announce it
 * without the user having to look for it.
 */
export function FormStatus({ ok, message }: Props) {
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {message ? (
        <p
          className={clsx(
            "rounded-md border px-4 py-3 text-sm font-medium",
            ok
              ? "border-green-700 bg-green-50 text-green-900"
              : "border-terracotta bg-orange-50 text-terracotta",
          )}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
