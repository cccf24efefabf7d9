import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/form/submit-button";
import { signOutAction } from "@/lib/accounts/actions";
import type { AppLocale } from "@/lib/i18n/routing";

/** A real form, so signing out works without JavaScript and cannot be triggered by a link. */
export async function SignOutForm({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "AccountMenu" });

  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton pendingLabel={t("signingOut")} variant="secondary">
        {t("signOut")}
      </SubmitButton>
    </form>
  );
}
