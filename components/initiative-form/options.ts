/** A choice shown in the form, already named in the page's language. */
export type Option = { value: string; label: string };
