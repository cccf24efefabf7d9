const SECRET_FIELDS = new Set(["password", "newPassword", "currentPassword", "confirmPassword"]);

/** The text fields of a submitted form, to show them again after a refusal. */
export function echoValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};

  for (const key of new Set(formData.keys())) {
    if (SECRET_FIELDS.has(key) || key.startsWith("$ACTION")) continue;

    const texts = formData.getAll(key).filter((value) => typeof value === "string");
    values[key] = texts.length === 1 ? (texts[0] as string) : texts;
  }

  return values;
}
