import type { Metadata } from "next";
import { DirectoryView } from "@/components/directory/directory-view";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { alternatesFor } from "@/lib/i18n/metadata";
import { sectionMetadata } from "@/lib/i18n/section-metadata";
import { directoryHref } from "@/lib/i18n/paths";
import { readDirectoryQuery } from "@/lib/initiatives/directory-query";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /{locale}/initiatives with a query string, rewritten here by proxy.ts:
// filters, words and pages render on each request.

/**
 * Each page of a listing is its own canonical page, filters included, so
 * search engines reach every initiative. Search results are not indexed:
 * their words are the visitor's, not ours.
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const section = await sectionMetadata(locale, "Directory");
  const { q, ...listing } = await readDirectoryQuery(await searchParams);
  if (q) return { ...section, robots: { index: false, follow: true } };

  return { ...section, alternates: alternatesFor(locale, directoryHref(listing)) };
}

export default async function DirectoryQueryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await readDirectoryQuery(await searchParams);

  return <DirectoryView locale={locale} query={query} />;
}
