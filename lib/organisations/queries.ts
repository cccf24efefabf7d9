import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { HAS_PUBLISHED } from "./public-status";

export const getPublicOrganisation = cache(async (slug: string) =>
  db.organisation.findFirst({
    where: { slug, ...HAS_PUBLISHED },
    select: {
      id: true,
      slug: true,
      name: true,
      originalLocale: true,
      kind: true,
      regionCode: true,
      city: true,
      website: true,
      socialLinks: true,
      translations: { select: { locale: true, name: true, description: true } },
    },
  }),
);

/** Public organisations by name, with their number of published initiatives. */
export async function listPublicOrganisations() {
  return db.organisation.findMany({
    where: HAS_PUBLISHED,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      name: true,
      originalLocale: true,
      kind: true,
      regionCode: true,
      city: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { initiatives: { where: { status: "PUBLISHED" } } } },
    },
  });
}

/** Whether a public page exists for this organisation slug. */
export async function publicOrganisationExists(slug: string): Promise<boolean> {
  const found = await db.organisation.findFirst({
    where: { slug, ...HAS_PUBLISHED },
    select: { id: true },
  });

  return found !== null;
}
