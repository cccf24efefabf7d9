import type { DateTimeFormatOptions } from "next-intl";
import type { getFormatter } from "next-intl/server";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { CALENDAR_DAY } from "./formats";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const PARTS: Record<DatePrecision, DateTimeFormatOptions> = {
  YEAR: { year: "numeric", month: undefined, day: undefined },
  MONTH: { month: "long", day: undefined },
  DAY: {},
};

/** A content date (YYYY-MM-DD) in words, as precise as the source knows it. */
export function formatContentDate(format: Formatter, iso: string, precision: DatePrecision) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;

  return format.dateTime(date, { ...CALENDAR_DAY, ...PARTS[precision] });
}
