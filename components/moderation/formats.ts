import type { DateTimeFormatOptions } from "next-intl";

// Moroccan usage: Western digits in every language, Arabic included.

export const DAY: DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  numberingSystem: "latn",
};

export const DAY_TIME: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  numberingSystem: "latn",
};

// Dates of an initiative are calendar days, stored without a time zone.
export const CALENDAR_DAY: DateTimeFormatOptions = { ...DAY, timeZone: "UTC" };
