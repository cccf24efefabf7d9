import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { locale: AppLocale; pageCount: number; firstPageHref: string };

/** A shared link to a page past the end: say so and offer the first page. */
export async function PageBeyondNotice({ locale, pageCount, firstPageHref }: Props) {
  const t = await getTranslations({ locale, namespace: "Directory" });

  return (
    <p className="rounded-xl bg-white p-6 text-center">
      {t("pageBeyond", { pageCount })}{" "}
      <Link href={firstPageHref} className="font-semibold text-green-700 underline">
        {t("pageBeyondLink")}
      </Link>
    </p>
  );
}
