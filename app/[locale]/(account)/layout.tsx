import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/account/account-menu";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { resolveLocale } from "@/lib/i18n/locale-param";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every page here depends on who is signed in: never cached.
export const dynamic = "force-dynamic";

/**
 * Sign-in, sign-up and the association's own pages. Every page here checks
 * the session itself (requireUser); this layout only frames them.
 */
export default async function AccountLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const { Error: errorMessages, FormErrors } = await getMessages({ locale });

  return (
    // The browser gets only what forms need to check input before sending it.
    <NextIntlClientProvider locale={locale} messages={{ Error: errorMessages, FormErrors }}>
      <SiteHeader locale={locale} readsQuery />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        <AccountMenu locale={locale} />
        {children}
      </main>
      <SiteFooter locale={locale} />
    </NextIntlClientProvider>
  );
}
