import { createTranslator } from "next-intl";
import type { Locale } from "./accounts";
import { messagesOf } from "./initiative-form";

type Values = Record<string, string | number>;

export type Translate = (key: string, values?: Values) => string;

/**
 * A text of the interface by its dotted key, formatted as the site formats it
 * (plurals, selects, arguments), so tests look for what people read.
 */
export function translatorOf(locale: Locale): Translate {
  const translate = createTranslator({ locale, messages: messagesOf(locale) as never });

  return (key, values) => (translate as unknown as Translate)(key, values);
}
