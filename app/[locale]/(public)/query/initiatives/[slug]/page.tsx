import type { Metadata } from "next";
import { InitiativeView } from "@/components/initiative/initiative-view";
import { initiativeMetadata, resolveInitiativePage } from "@/lib/initiatives/initiative-page";
import { wasReported } from "@/lib/reports/confirmation";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /{locale}/initiatives/{slug} with a query string, rewritten here by proxy.ts.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return initiativeMetadata(params);
}

export default async function InitiativeQueryPage({ params, searchParams }: Props) {
  const { locale, initiative } = await resolveInitiativePage(params);
  const reported = wasReported(await searchParams);

  return <InitiativeView locale={locale} initiative={initiative} reported={reported} />;
}
