import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountForm } from "@/components/account/account-form";
import { AuthPanel } from "@/components/account/auth-panel";
import { signInAction } from "@/lib/accounts/actions";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { searchText, type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

// A person sent here by an invitation link is told why they must sign in.
const INVITATION_PATH = /^\/(fr|ar|en)\/invitations\/accept(\?|$)/;

const querySchema = z.object({
  next: searchText,
  signedOut: searchText,
  reset: searchText,
  changed: searchText,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "SignIn");
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = querySchema.parse(await searchParams);
  const next = safeReturnPath(query.next, `/${locale}/my-space`);
  if (await getCurrentUser()) redirect(next);

  const t = await getTranslations({ locale, namespace: "SignIn" });
  const notice =
    (query.signedOut && t("signedOut")) ||
    (query.reset && t("passwordReset")) ||
    (query.changed && t("emailChanged")) ||
    (INVITATION_PATH.test(next) && t("forInvitation")) ||
    undefined;

  return (
    <AuthPanel
      title={t("title")}
      lead={t("lead")}
      footer={
        <p>
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-semibold text-green-800 underline">
            {t("signUpLink")}
          </Link>
        </p>
      }
    >
      <AccountForm
        form="signIn"
        action={signInAction}
        locale={locale}
        hidden={{ next }}
        notice={notice}
        fields={[
          {
            name: "email",
            label: t("email"),
            type: "email",
            autoComplete: "username",
            required: true,
          },
          {
            name: "password",
            label: t("password"),
            type: "password",
            autoComplete: "current-password",
            required: true,
          },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
      <p>
        <Link href="/forgot-password" className="text-sm font-semibold text-green-800 underline">
          {t("forgotPassword")}
        </Link>
      </p>
    </AuthPanel>
  );
}
