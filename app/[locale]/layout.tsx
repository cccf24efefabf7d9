import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "../globals.css";
import { directionOf, routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-url";

// No page is rendered at build time, when the database may hold other data
// (or none). A public page is rendered at its first visit, then served from
// the cache until a decision that changes it revalidates it
// (lib/cache/revalidate-public.ts); pages that read the session or the query
// string render on each request.
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};

  const t = await getTranslations({ locale, namespace: "Common" });

  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();

  setRequestLocale(locale);

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  );
}
