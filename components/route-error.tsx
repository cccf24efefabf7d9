"use client";

import { useTranslations } from "next-intl";

/**
 * What every route group's error boundary shows. Boundaries must be client
 * components; the texts come from the messages that NextIntlClientProvider
 * passes down for this namespace only.
 */
export function RouteError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");

  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-extrabold text-green-900">{t("title")}</h1>
      <p className="text-ink-soft">{t("text")}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-full bg-green-700 px-5 py-2.5 font-semibold text-white"
      >
        {t("retry")}
      </button>
    </div>
  );
}
