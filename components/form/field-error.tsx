/** The message under a field; `id` is what the input's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;

  return (
    <p id={id} className="mt-1 text-sm font-medium text-terracotta">
      {message}
    </p>
  );
}
