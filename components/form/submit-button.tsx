"use client";

import { clsx } from "clsx";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = {
  children: ReactNode;
  pendingLabel: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary";
};

/**
 * Disabled while its form is being sent, so a double click sends it once.
 * (The server is still the guard: forms that create things carry a token.)
 */
export function SubmitButton({ children, pendingLabel, name, value, variant = "primary" }: Props) {
  const { pending } = useFormStatus();

  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={clsx(
        "inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 font-semibold",
        "disabled:cursor-wait disabled:opacity-70",
        variant === "primary"
          ? "bg-green-800 text-white hover:bg-green-900"
          : "border border-green-800 bg-white text-green-900 hover:bg-sand-100",
      )}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
