import type { DateTimeFormatOptions } from "next-intl";

// A day in words, with Western digits in every language (Moroccan usage).
export const DAY: DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  numberingSystem: "latn",
};
