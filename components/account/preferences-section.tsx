import { getTranslations } from "next-intl/server";
import { updatePreferencesAction } from "@/lib/accounts/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { autonyms } from "@/lib/i18n/autonyms";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { AccountForm } from "./account-form";
import { AccountSection } from "./account-section";

type Props = { locale: AppLocale; user: CurrentUser };

export async function PreferencesSection({ locale, user }: Props) {
  const t = await getTranslations({ locale, namespace: "Account" });
  const options = locales.map((value) => ({ value, label: autonyms[value], lang: value }));

  return (
    <AccountSection id="preferences" title={t("preferencesTitle")}>
      <AccountForm
        form="preferences"
        action={updatePreferencesAction}
        locale={locale}
        fields={[
          {
            name: "name",
            label: t("name"),
            hint: t("nameHint"),
            type: "text",
            autoComplete: "name",
            defaultValue: user.name ?? "",
            maxLength: 100,
          },
          {
            name: "mailLocale",
            label: t("mailLanguage"),
            hint: t("mailLanguageHint"),
            type: "select",
            defaultValue: user.locale,
            options,
          },
        ]}
        submitLabel={t("preferencesSubmit")}
        pendingLabel={t("preferencesPending")}
      />
    </AccountSection>
  );
}
