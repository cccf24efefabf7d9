import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });

  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-extrabold text-green-900">{t("title")}</h1>
      <p className="text-ink-soft">{t("text")}</p>
      <div className="flex justify-center gap-4">
        <Link
          href="/initiatives"
          className="rounded-full bg-green-700 px-5 py-2.5 font-semibold text-white"
        >
          {t("directory")}
        </Link>
        <Link href="/" className="rounded-full px-5 py-2.5 font-semibold text-green-700 underline">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
