/** The look of every text input, select and textarea of the form. */
export const fieldClass =
  "block w-full rounded-md border border-ink-soft/50 bg-white px-3 py-2 text-base " +
  "aria-invalid:border-2 aria-invalid:border-terracotta";
