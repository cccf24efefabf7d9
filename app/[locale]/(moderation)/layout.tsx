import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/account/account-menu";
import { ModerationNav } from "@/components/moderation/moderation-nav";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { resolveLocale } from "@/lib/i18n/locale-param";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every page here depends on who is signed in: never cached.
export const dynamic = "force-dynamic";

/**
 * The moderators' and admins' pages. Every page checks the role itself
 * (requireModerator); this layout only frames them, wider than the account
 * pages because moderators compare versions side by side.
 */
export default async function ModerationLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const { Error: errorMessages, FormErrors } = await getMessages({ locale });

  return (
    // The browser gets only what forms need to check input before sending it.
    <NextIntlClientProvider locale={locale} messages={{ Error: errorMessages, FormErrors }}>
      <SiteHeader locale={locale} readsQuery />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        <AccountMenu locale={locale} />
        <ModerationNav locale={locale} />
        {children}
      </main>
      <SiteFooter locale={locale} />
    </NextIntlClientProvider>
  );
}
