import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { resolveLocale } from "@/lib/i18n/locale-param";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function PublicLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const { Error: errorMessages } = await getMessages({ locale });

  return (
    // Only the error boundary's texts go to the browser; the rest is
    // translated on the server.
    <NextIntlClientProvider locale={locale} messages={{ Error: errorMessages }}>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </NextIntlClientProvider>
  );
}
