import { getTranslations } from "next-intl/server";
import { changePasswordAction } from "@/lib/accounts/actions";
import type { AppLocale } from "@/lib/i18n/routing";
import { AccountForm } from "./account-form";
import { AccountSection } from "./account-section";

type Props = { locale: AppLocale; done: boolean };

export async function PasswordSection({ locale, done }: Props) {
  const t = await getTranslations({ locale, namespace: "Account" });

  return (
    <AccountSection id="password" title={t("passwordTitle")}>
      <AccountForm
        form="changePassword"
        action={changePasswordAction}
        locale={locale}
        fields={[
          {
            name: "currentPassword",
            label: t("currentPassword"),
            type: "password",
            autoComplete: "current-password",
            required: true,
          },
          {
            name: "newPassword",
            label: t("newPassword"),
            hint: t("passwordHint"),
            type: "password",
            autoComplete: "new-password",
            required: true,
          },
          {
            name: "confirmPassword",
            label: t("confirmPassword"),
            type: "password",
            autoComplete: "new-password",
            required: true,
          },
        ]}
        submitLabel={t("passwordSubmit")}
        pendingLabel={t("passwordPending")}
        notice={done ? t("passwordDone") : undefined}
      />
    </AccountSection>
  );
}
