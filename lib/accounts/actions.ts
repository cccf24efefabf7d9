"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/actions/app-error";
import { defineFormAction } from "@/lib/actions/define-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { isolate } from "@/lib/i18n/bidi";
import { locales, routing, type AppLocale } from "@/lib/i18n/routing";
import { changePassword } from "./change-password";
import { requestEmailChange } from "./email-change";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { updatePreferences } from "./preferences";
import {
  changeEmailSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  preferencesSchema,
  resendVerificationSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "./schemas";
import { signUp } from "./sign-up";
import { resendVerification } from "./verify-email";

/** Signs this browser in; refusals become the messages the sign-in form shows. */
async function startSession(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    // One message for an unknown address and a wrong password.
    throw new AppError(error.code === "rate_limited" ? "rateLimited" : "invalidCredentials");
  }
}

async function done(locale: AppLocale, namespace: "SignUp" | "ForgotPassword", email: string) {
  const t = await getTranslations({ locale, namespace });

  return { ok: true as const, data: null, message: t("done", { email: isolate(email) }) };
}

async function saved(locale: AppLocale, key: "emailDone" | "preferencesDone") {
  const t = await getTranslations({ locale, namespace: "Account" });

  return { ok: true as const, data: null, message: t(key) };
}

export const signUpAction = defineFormAction({
  access: "public",
  schema: signUpSchema,
  async run(input, { locale, ip }) {
    await signUp(input, { locale, ip });

    return done(locale, "SignUp", input.email);
  },
});

// These two answer with a redirect; their result type is that of the other forms.
export const signInAction = defineFormAction<typeof signInSchema, null, "public">({
  access: "public",
  schema: signInSchema,
  async run({ email, password, next }, { locale }) {
    await startSession(email, password);

    redirect(safeReturnPath(next, `/${locale}/my-space`));
  },
});

export const forgotPasswordAction = defineFormAction({
  access: "public",
  schema: forgotPasswordSchema,
  async run({ email }, { locale, ip }) {
    await requestPasswordReset(email, ip);

    return done(locale, "ForgotPassword", email);
  },
});

export const resetPasswordAction = defineFormAction<typeof resetPasswordSchema, null, "public">({
  access: "public",
  schema: resetPasswordSchema,
  async run({ token, password }, { locale }) {
    const { email } = await resetPassword(token, password);
    const signedIn = await startSession(email, password).then(
      () => true,
      () => false,
    );

    redirect(signedIn ? `/${locale}/my-space` : `/${locale}/sign-in?reset=1`);
  },
});

export const changePasswordAction = defineFormAction<typeof changePasswordSchema, null, "user">({
  access: "user",
  schema: changePasswordSchema,
  async run({ currentPassword, newPassword }, { user, locale }) {
    await changePassword(user, { currentPassword, newPassword });
    // The change ended every session, this one included: open a new one here.
    const signedIn = await startSession(user.email, newPassword).then(
      () => true,
      () => false,
    );

    // A redirect, not a result: the page must be drawn again with the new
    // session cookie, which only the redirected request carries.
    redirect(signedIn ? `/${locale}/account?done=password` : `/${locale}/sign-in?reset=1`);
  },
});

export const changeEmailAction = defineFormAction({
  access: "user",
  schema: changeEmailSchema,
  async run(input, { user, locale }) {
    await requestEmailChange(user, input);

    return saved(locale, "emailDone");
  },
});

export const updatePreferencesAction = defineFormAction({
  access: "user",
  schema: preferencesSchema,
  async run(preferences, { user, locale }) {
    await updatePreferences(user.id, preferences);
    revalidatePath(`/${locale}/account`);

    return saved(locale, "preferencesDone");
  },
});

export const resendVerificationAction = defineFormAction({
  access: "user",
  schema: resendVerificationSchema,
  async run(_input, { user, locale }) {
    await resendVerification(user.id);
    const t = await getTranslations({ locale, namespace: "ResendVerification" });

    return { ok: true, data: null, message: t("done") };
  },
});

const localeField = z.enum(locales).catch(routing.defaultLocale);

/** Ends the session in this browser; a plain form posts here, with or without JavaScript. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = localeField.parse(formData.get("locale"));

  await signOut({ redirect: false });

  redirect(`/${locale}/sign-in?signedOut=1`);
}
