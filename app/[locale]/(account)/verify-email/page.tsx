import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthPanel } from "@/components/account/auth-panel";
import { ResendVerificationForm } from "@/components/account/resend-verification-form";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { searchText, type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ token: searchText });

const linkClass = "font-semibold text-green-800 underline";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "VerifyEmail");
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = querySchema.parse(await searchParams);
  const outcome = token ? await verifyEmail(token) : "invalid";
  const user = await getCurrentUser();
  const t = await getTranslations({ locale, namespace: "VerifyEmail" });

  if (outcome === "verified") {
    return (
      <AuthPanel title={t("title")}>
        <p role="status" className="font-medium text-green-900">
          {t("verified")}
        </p>
        <Link href={user ? "/my-space" : "/sign-in"} className={linkClass}>
          {user ? t("mySpace") : t("signIn")}
        </Link>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t("title")}>
      <p role="alert" className="font-medium text-terracotta">
        {t("invalid")}
      </p>
      {user ? (
        <ResendVerificationForm locale={locale} />
      ) : (
        <p>
          {t("signInToResend")}{" "}
          <Link
            href={`/sign-in?next=${encodeURIComponent(`/${locale}/account`)}`}
            className={linkClass}
          >
            {t("signIn")}
          </Link>
        </p>
      )}
    </AuthPanel>
  );
}
