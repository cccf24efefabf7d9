import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "./metadata";
import type { AppLocale } from "./routing";

const sections = {
  Directory: { path: "/initiatives", description: "directoryDescription" },
  Organisations: { path: "/organisations", description: "organisationsDescription" },
  Regions: { path: "/regions", description: "regionsDescription" },
} as const;

/** Title, description and language alternates of a top-level list page. */
export async function sectionMetadata(
  locale: AppLocale,
  section: keyof typeof sections,
): Promise<Metadata> {
  const { path, description } = sections[section];
  const t = await getTranslations({ locale, namespace: section });
  const meta = await getTranslations({ locale, namespace: "Metadata" });

  return {
    title: t("title"),
    description: meta(description),
    alternates: alternatesFor(locale, path),
  };
}
