import "server-only";
import { notFound } from "next/navigation";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { getRegion } from "./queries";

type Params = Promise<{ locale: string; code: string }>;

/** The locale and region of a region page's route; a 404 for an unknown code. */
export async function resolveRegionPage(params: Params) {
  const locale = await resolveLocale(params);
  const region = await getRegion((await params).code);
  if (!region) notFound();

  return { locale, region };
}
