import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/routing";

/** Said before anything is typed: saving needs a confirmed address. */
export async function UnverifiedFormNotice({
  user,
  locale,
}: {
  user: CurrentUser;
  locale: AppLocale;
}) {
  if (user.emailVerified) return null;

  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return (
    <p className="rounded-md border border-saffron bg-sand-100 px-4 py-3 font-medium">
      {t("verifyFirst")}
    </p>
  );
}
