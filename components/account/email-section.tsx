import { getTranslations } from "next-intl/server";
import { changeEmailAction } from "@/lib/accounts/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { isolate } from "@/lib/i18n/bidi";
import type { AppLocale } from "@/lib/i18n/routing";
import { AccountForm } from "./account-form";
import { AccountSection } from "./account-section";

type Props = { locale: AppLocale; user: CurrentUser };

export async function EmailSection({ locale, user }: Props) {
  const t = await getTranslations({ locale, namespace: "Account" });

  return (
    <AccountSection id="email" title={t("emailTitle")} lead={t("emailLead")}>
      <p className="font-medium">{t("emailCurrent", { email: isolate(user.email) })}</p>
      <AccountForm
        form="changeEmail"
        action={changeEmailAction}
        locale={locale}
        fields={[
          {
            name: "email",
            label: t("newEmail"),
            type: "email",
            autoComplete: "email",
            required: true,
          },
          {
            name: "password",
            label: t("emailPassword"),
            type: "password",
            autoComplete: "current-password",
            required: true,
          },
        ]}
        submitLabel={t("emailSubmit")}
        pendingLabel={t("emailPending")}
      />
    </AccountSection>
  );
}
