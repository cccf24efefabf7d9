import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });

  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-ink-soft">
        <p className="text-ink">{t("about")}</p>
        <p>
          {t("moderation")} {t("sources")} {t("dataLicence")}
        </p>
      </div>
    </footer>
  );
}
