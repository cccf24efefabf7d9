import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "./routing";

type Namespace =
  | "Account"
  | "ConfirmEmail"
  | "ForgotPassword"
  | "ResetPassword"
  | "SignIn"
  | "SignUp"
  | "TooLarge"
  | "VerifyEmail";

/** Title of an account page; search engines are asked to leave such pages out. */
export async function privateMetadata(locale: AppLocale, namespace: Namespace): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });

  return { title: t("title"), robots: { index: false, follow: false } };
}
