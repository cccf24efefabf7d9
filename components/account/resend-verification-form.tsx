import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/lib/accounts/actions";
import type { AppLocale } from "@/lib/i18n/routing";
import { AccountForm } from "./account-form";

/** "Send me a new link", for a signed-in account whose address is not confirmed yet. */
export async function ResendVerificationForm({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "ResendVerification" });

  return (
    <AccountForm
      form="resendVerification"
      action={resendVerificationAction}
      locale={locale}
      fields={[]}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      replaceOnSuccess
      variant="secondary"
    />
  );
}
