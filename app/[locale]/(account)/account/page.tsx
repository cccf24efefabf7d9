import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountSection } from "@/components/account/account-section";
import { EmailSection } from "@/components/account/email-section";
import { PasswordSection } from "@/components/account/password-section";
import { PreferencesSection } from "@/components/account/preferences-section";
import { ResendVerificationForm } from "@/components/account/resend-verification-form";
import { SignOutForm } from "@/components/account/sign-out-form";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { isolate } from "@/lib/i18n/bidi";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ done: z.enum(["password"]).optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "Account");
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, `/${locale}/account`);
  const { done } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "Account" });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {user.emailVerified ? null : (
        <AccountSection
          id="verification"
          title={t("unverifiedTitle")}
          lead={t("unverifiedLead", { email: isolate(user.email) })}
        >
          <ResendVerificationForm locale={locale} />
        </AccountSection>
      )}
      <PreferencesSection locale={locale} user={user} />
      <EmailSection locale={locale} user={user} />
      <PasswordSection locale={locale} done={done === "password"} />
      <AccountSection id="sign-out" title={t("signOutTitle")} lead={t("signOutLead")}>
        <SignOutForm locale={locale} />
      </AccountSection>
    </div>
  );
}
