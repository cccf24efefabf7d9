import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { PUBLIC_ORDER, PUBLISHED } from "./published";
import {
  initiativeCardSelect,
  initiativeDetailSelect,
  type InitiativeCard,
  type InitiativeDetail,
} from "./selects";

/** A published initiative by slug, or null (unknown and unpublished alike). */
export const getPublishedInitiative = cache(
  async (slug: string): Promise<InitiativeDetail | null> =>
    db.initiative.findFirst({ where: { ...PUBLISHED, slug }, select: initiativeDetailSelect }),
);

export async function listLatestInitiatives(limit: number): Promise<InitiativeCard[]> {
  return db.initiative.findMany({
    where: PUBLISHED,
    select: initiativeCardSelect,
    orderBy: [...PUBLIC_ORDER],
    take: limit,
  });
}

/** Published initiatives of one organisation, newest first. */
export async function listOrganisationInitiatives(organisationId: string) {
  return db.initiative.findMany({
    where: { ...PUBLISHED, organisationId },
    select: initiativeCardSelect,
    orderBy: [...PUBLIC_ORDER],
  });
}

/** Whether a public page exists for this slug; used before rendering. */
export async function publishedInitiativeExists(slug: string): Promise<boolean> {
  const found = await db.initiative.findFirst({
    where: { ...PUBLISHED, slug },
    select: { id: true },
  });

  return found !== null;
}
