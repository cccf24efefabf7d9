import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { organisationName } from "@/lib/content/organisation-name";
import type { LocalizedText } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { requireInitiativeAccess, requireMembership, type Actor } from "@/lib/organisations/access";
import type { InitiativeContent } from "./content";
import { findOpenRevision } from "./open-revision";
import { readInitiativeContent } from "./read-content";

async function nameOf(id: string, locale: Locale): Promise<LocalizedText> {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id },
    select: { name: true, translations: { select: { locale: true, name: true } } },
  });

  return organisationName(organisation, locale);
}

/** The organisation a new initiative would belong to; notFound for a non-member. */
export async function findOrganisationForNewInitiative(
  actor: Actor,
  organisationId: string,
  locale: Locale,
) {
  await requireMembership(actor, organisationId);

  return { id: organisationId, name: await nameOf(organisationId, locale) };
}

async function lastModeratorMessage(initiativeId: string) {
  const decision = await db.moderationDecision.findFirst({
    where: { initiativeId, action: "REQUEST_CHANGES" },
    orderBy: { createdAt: "desc" },
    select: { message: true },
  });

  return decision?.message ?? null;
}

/**
 * What the edit form shows: for a published initiative, the waiting edit
 * when there is one, else the public content. notFound for a non-member.
 */
export async function findEditableInitiative(actor: Actor, initiativeId: string, locale: Locale) {
  const access = await requireInitiativeAccess(actor, initiativeId);

  const [published, open, name] = await Promise.all([
    readInitiativeContent(access.id),
    access.status === "PUBLISHED" ? findOpenRevision(access.id) : null,
    nameOf(access.organisationId, locale),
  ]);
  const content: InitiativeContent | null = open?.content ?? published;
  if (!content) throw new AppError("notFound");

  const asked = access.status === "CHANGES_REQUESTED" || open?.status === "CHANGES_REQUESTED";

  return {
    id: access.id,
    status: access.status,
    revisionStatus: open?.status ?? null,
    organisation: { id: access.organisationId, name },
    content,
    moderatorMessage: asked ? await lastModeratorMessage(access.id) : null,
  };
}

export type EditableInitiative = Awaited<ReturnType<typeof findEditableInitiative>>;
