/** One input of an account form, described by the page (which translates the texts). */
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "select";
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  options?: { value: string; label: string; lang?: string }[];
};
