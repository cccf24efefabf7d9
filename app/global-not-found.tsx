import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Link } from "@/lib/i18n/navigation";
import { directionOf } from "@/lib/i18n/routing";
import "./globals.css";

export const metadata: Metadata = { robots: { index: false } };

// Every 404 of the site: unknown paths, and missing or unpublished content
// (see proxy.ts). The locale comes from the proxy; paths outside any locale
// get the default one.
export default async function GlobalNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const common = await getTranslations({ locale, namespace: "Common" });

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <title>{`${t("title")} · ${common("siteName")}`}</title>
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {/* Links need the locale on the client; no messages are sent. */}
        <NextIntlClientProvider locale={locale} messages={{}}>
          <SiteHeader locale={locale} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
              <h1 className="text-3xl font-extrabold text-green-900">{t("title")}</h1>
              <p className="text-ink-soft">{t("text")}</p>
              <div className="flex flex-wrap justify-center gap-4">
                <Link
                  href="/initiatives"
                  locale={locale}
                  className="rounded-full bg-green-700 px-5 py-2.5 font-semibold text-white"
                >
                  {t("directory")}
                </Link>
                <Link
                  href="/"
                  locale={locale}
                  className="rounded-full px-5 py-2.5 font-semibold text-green-700 underline"
                >
                  {t("home")}
                </Link>
              </div>
            </div>
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
