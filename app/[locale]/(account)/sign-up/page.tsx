import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { AuthPanel } from "@/components/account/auth-panel";
import type { FieldSpec } from "@/components/account/field-spec";
import { signUpAction } from "@/lib/accounts/actions";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "SignUp");
}

export default async function SignUpPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "SignUp" });

  const fields: FieldSpec[] = [
    { name: "name", label: t("name"), hint: t("nameHint"), type: "text", autoComplete: "name" },
    {
      name: "email",
      label: t("email"),
      hint: t("emailHint"),
      type: "email",
      autoComplete: "email",
      required: true,
    },
    {
      name: "password",
      label: t("password"),
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
  ];

  return (
    <AuthPanel
      title={t("title")}
      lead={t("lead")}
      footer={
        <p>
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="font-semibold text-green-800 underline">
            {t("signInLink")}
          </Link>
        </p>
      }
    >
      <AccountForm
        form="signUp"
        action={signUpAction}
        locale={locale}
        fields={fields}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        replaceOnSuccess
      />
    </AuthPanel>
  );
}
