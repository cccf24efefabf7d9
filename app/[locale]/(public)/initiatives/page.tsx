import type { Metadata } from "next";
import { DirectoryView } from "@/components/directory/directory-view";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { sectionMetadata } from "@/lib/i18n/section-metadata";
import { directoryHref } from "@/lib/i18n/paths";
import { FIRST_PAGE } from "@/lib/initiatives/directory-params";

type Props = { params: Promise<{ locale: string }> };

// The directory without a query string: cached, and revalidated by the
// moderation decisions that change it. proxy.ts sends any query string to
// query/initiatives, which renders on each request.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const section = await sectionMetadata(locale, "Directory");

  return { ...section, alternates: alternatesFor(locale, directoryHref(FIRST_PAGE)) };
}

export default async function DirectoryPage({ params }: Props) {
  const locale = await resolveLocale(params);

  return <DirectoryView locale={locale} query={FIRST_PAGE} />;
}
