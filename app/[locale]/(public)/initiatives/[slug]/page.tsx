import type { Metadata } from "next";
import { InitiativeView } from "@/components/initiative/initiative-view";
import { initiativeMetadata, resolveInitiativePage } from "@/lib/initiatives/initiative-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered at the first visit, then cached until a decision revalidates it.
// proxy.ts sends the page with a query string (?reported=1 after a report)
// to query/initiatives/[slug].
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return initiativeMetadata(params);
}

export default async function InitiativePage({ params }: Props) {
  const { locale, initiative } = await resolveInitiativePage(params);

  return <InitiativeView locale={locale} initiative={initiative} reported={false} />;
}
