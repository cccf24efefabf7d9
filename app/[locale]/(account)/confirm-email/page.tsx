import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthPanel } from "@/components/account/auth-panel";
import { confirmEmailChange } from "@/lib/accounts/email-change";
import { isolate } from "@/lib/i18n/bidi";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { searchText, type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ token: searchText });

const linkClass = "font-semibold text-green-800 underline";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "ConfirmEmail");
}

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = querySchema.parse(await searchParams);
  const outcome = token ? await confirmEmailChange(token) : { status: "invalid" as const };
  const t = await getTranslations({ locale, namespace: "ConfirmEmail" });

  if (outcome.status === "changed") {
    return (
      <AuthPanel title={t("title")}>
        <p role="status" className="font-medium text-green-900">
          {t("changed", { email: isolate(outcome.email) })}
        </p>
        <Link href="/sign-in" className={linkClass}>
          {t("signIn")}
        </Link>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t("title")}>
      <p role="alert" className="font-medium text-terracotta">
        {outcome.status === "taken" ? t("taken") : t("invalid")}
      </p>
      <Link href="/account" className={linkClass}>
        {t("accountLink")}
      </Link>
    </AuthPanel>
  );
}
