import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountForm } from "@/components/account/account-form";
import { AuthPanel } from "@/components/account/auth-panel";
import { isUsableToken } from "@/lib/accounts/account-tokens";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { searchText, type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ token: searchText });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "ResetPassword");
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "ResetPassword" });
  const usable = token ? await isUsableToken(token, "RESET_PASSWORD") : false;

  if (!token || !usable) {
    return (
      <AuthPanel title={t("title")}>
        <p role="alert" className="font-medium text-terracotta">
          {t("invalid")}
        </p>
        <Link href="/forgot-password" className="font-semibold text-green-800 underline">
          {t("requestNew")}
        </Link>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t("title")} lead={t("lead")}>
      <AccountForm
        form="resetPassword"
        action={resetPasswordAction}
        locale={locale}
        hidden={{ token }}
        fields={[
          {
            name: "password",
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
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
    </AuthPanel>
  );
}
