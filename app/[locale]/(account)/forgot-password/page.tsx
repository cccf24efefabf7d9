import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { AuthPanel } from "@/components/account/auth-panel";
import { forgotPasswordAction } from "@/lib/accounts/actions";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "ForgotPassword");
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ForgotPassword" });

  return (
    <AuthPanel
      title={t("title")}
      lead={t("lead")}
      footer={
        <Link href="/sign-in" className="font-semibold text-green-800 underline">
          {t("backToSignIn")}
        </Link>
      }
    >
      <AccountForm
        form="forgotPassword"
        action={forgotPasswordAction}
        locale={locale}
        fields={[
          {
            name: "email",
            label: t("email"),
            type: "email",
            autoComplete: "email",
            required: true,
          },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        replaceOnSuccess
      />
    </AuthPanel>
  );
}
