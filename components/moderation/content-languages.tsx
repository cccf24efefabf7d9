import { getTranslations } from "next-intl/server";
import { clsx } from "clsx";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeContent } from "@/lib/initiatives/content";

type Props = { locale: AppLocale; content: InitiativeContent; idPrefix: string };

const dirOf = (lang: Locale) => (lang === "ar" ? "rtl" : "ltr");

/**
 * The texts in every language the author wrote, the original first, each
 * marked with its language and direction; side by side on wide screens so
 * translations can be checked against each other.
 */
export async function ContentLanguages({ locale, content, idPrefix }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });
  const ordered = [...content.translations].sort(
    (a, b) =>
      Number(b.locale === content.originalLocale) - Number(a.locale === content.originalLocale),
  );

  return (
    <div className={clsx("grid gap-4", ordered.length > 1 && "xl:grid-cols-2")}>
      {ordered.map((translation) => {
        const name = languages(translation.locale);
        const headingId = `${idPrefix}-${translation.locale}`;

        return (
          <section
            key={translation.locale}
            aria-labelledby={headingId}
            className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-sand-200 sm:p-5"
          >
            <h3 id={headingId} className="text-sm font-bold uppercase tracking-wide text-ink-soft">
              {translation.locale === content.originalLocale
                ? t("originalLanguage", { language: name })
                : name}
            </h3>
            <div lang={translation.locale} dir={dirOf(translation.locale)} className="space-y-3">
              <p className="text-xl font-bold leading-snug">{translation.title}</p>
              {translation.summary ? <p className="font-medium">{translation.summary}</p> : null}
              {translation.description ? (
                <p className="whitespace-pre-line">{translation.description}</p>
              ) : null}
            </div>
            {translation.summary && translation.description ? null : (
              <p className="text-sm text-ink-soft">
                {[
                  translation.summary ? null : t("field.summary"),
                  translation.description ? null : t("field.description"),
                ]
                  .flatMap((field) => field ?? [])
                  .map((field) => t("missing", { field }))
                  .join(" · ")}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
