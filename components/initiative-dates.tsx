import { getFormatter, getTranslations } from "next-intl/server";
import type { DateTimeFormatOptions } from "next-intl";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = {
  locale: AppLocale;
  start: Date | null;
  end: Date | null;
  precision: DatePrecision;
};

const optionsFor: Record<DatePrecision, DateTimeFormatOptions> = {
  YEAR: { year: "numeric" },
  MONTH: { year: "numeric", month: "long" },
  DAY: { year: "numeric", month: "long", day: "numeric" },
};

/**
 * Dates as precise as the source knows them; Western digits in every language.
 * A start without an end says only when it began: it may be a one-day event.
 */
export async function InitiativeDates({ locale, start, end, precision }: Props) {
  if (!start) return null;

  const t = await getTranslations({ locale, namespace: "Initiative" });
  const format = await getFormatter({ locale });
  const options: DateTimeFormatOptions = {
    ...optionsFor[precision],
    numberingSystem: "latn",
    timeZone: "UTC",
  };
  const startText = format.dateTime(start, options);

  if (!end) return <>{t("start", { date: startText })}</>;

  return <>{t("fromTo", { start: startText, end: format.dateTime(end, options) })}</>;
}
