import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { requireMembership, type Actor } from "./access";
import { originalName } from "./content";
import { findOpenProfileRevision } from "./open-profile-revision";
import { isPublicOrganisation } from "./public-status";
import { readOrganisationContent } from "./read-profile";

async function lastModeratorMessage(revisionId: string) {
  const decision = await db.moderationDecision.findFirst({
    where: { organisationRevisionId: revisionId, action: "REQUEST_CHANGES" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { message: true },
  });

  return decision?.message ?? null;
}

/**
 * An organisation's profile as its form shows it, for its owners and
 * editors: the edit waiting for a moderator when there is one, else the
 * profile itself, with where the edit stands.
 */
export async function getEditableOrganisation(actor: Actor, organisationId: string) {
  const role = await requireMembership(actor, organisationId);
  const [row, saved, open, isPublic] = await Promise.all([
    db.organisation.findUnique({ where: { id: organisationId }, select: { slug: true } }),
    readOrganisationContent(organisationId),
    findOpenProfileRevision(organisationId),
    isPublicOrganisation(organisationId),
  ]);
  if (!row || !saved) throw new AppError("notFound");

  const content = open?.content ?? saved;
  const asked = open?.status === "CHANGES_REQUESTED";

  return {
    ...content,
    id: organisationId,
    slug: row.slug,
    name: originalName(content),
    role,
    isPublic,
    revisionStatus: open?.status ?? null,
    moderatorMessage: asked ? await lastModeratorMessage(open.id) : null,
  };
}

export type EditableOrganisation = Awaited<ReturnType<typeof getEditableOrganisation>>;
