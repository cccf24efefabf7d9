import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { ArrowIcon } from "./arrow-icon";

type Props = {
  locale: AppLocale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
};

const linkClass = clsx(
  "inline-flex items-center gap-2 rounded-lg bg-white",
  "px-4 py-2 font-semibold ring-1 ring-sand-200 hover:ring-green-700",
);

// On a phone the previous and next links show only their arrows (their names
// stay for screen readers), so the page position fits on one line.
export async function Pagination({ locale, page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;

  const t = await getTranslations({ locale, namespace: "Pagination" });

  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 pt-4">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
          <ArrowIcon back className="size-4" />
          <span className="sr-only sm:not-sr-only">{t("previous")}</span>
        </Link>
      ) : (
        <span />
      )}
      <span className="text-center text-sm text-ink-soft" aria-current="page">
        {t("position", { page, pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          <span className="sr-only sm:not-sr-only">{t("next")}</span>
          <ArrowIcon className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
