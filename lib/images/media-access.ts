import "server-only";
import { db } from "@/lib/db/client";
import { mayReviewMedia } from "@/lib/moderation/may-review-media";

export type MediaAudience = "public" | "members";

// `reviewedIds`: initiatives showing the image in a version sent for review;
// `profileRevisionIds`: profile edits sent for review that propose it as logo.
type Owners = {
  isPublic: boolean;
  organisationIds: string[];
  reviewedIds: string[];
  profileRevisionIds?: string[];
};

async function initiativeImageOwners(name: string): Promise<Owners> {
  const images = await db.initiativeImage.findMany({
    where: { path: name },
    select: { initiative: { select: { id: true, status: true, organisationId: true } } },
  });
  const reviewed = images.filter(({ initiative }) => initiative.status !== "DRAFT");

  return {
    isPublic: images.some(({ initiative }) => initiative.status === "PUBLISHED"),
    organisationIds: images.map(({ initiative }) => initiative.organisationId),
    reviewedIds: reviewed.map(({ initiative }) => initiative.id),
  };
}

// Images proposed in an edit of a published initiative live only in the
// revision's content until a moderator approves it.
async function revisionImageOwners(name: string): Promise<Owners> {
  const revisions = await db.initiativeRevision.findMany({
    where: { content: { path: ["images"], array_contains: [{ path: name }] } },
    select: { status: true, initiativeId: true, initiative: { select: { organisationId: true } } },
  });

  return {
    isPublic: false,
    organisationIds: revisions.map((r) => r.initiative.organisationId),
    reviewedIds: revisions.filter((r) => r.status !== "DRAFT").map((r) => r.initiativeId),
  };
}

async function logoOwners(name: string): Promise<Owners> {
  const organisations = await db.organisation.findMany({
    where: { logoPath: name },
    select: {
      id: true,
      // An organisation is public once it has a published initiative.
      initiatives: { where: { status: "PUBLISHED" }, select: { id: true }, take: 1 },
    },
  });

  return {
    isPublic: organisations.some((organisation) => organisation.initiatives.length > 0),
    organisationIds: organisations.map((organisation) => organisation.id),
    reviewedIds: [],
  };
}

// A logo proposed in an edit of a public organisation's profile lives only in
// the revision's content until a moderator approves it.
async function proposedLogoOwners(name: string): Promise<Owners> {
  const revisions = await db.organisationRevision.findMany({
    where: { content: { path: ["logoPath"], equals: name } },
    select: { id: true, status: true, organisationId: true },
  });

  return {
    isPublic: false,
    organisationIds: revisions.map((revision) => revision.organisationId),
    reviewedIds: [],
    profileRevisionIds: revisions.filter((r) => r.status !== "DRAFT").map((r) => r.id),
  };
}

async function isMemberOfAny(userId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return false;

  const membership = await db.membership.findFirst({
    where: { userId, organisationId: { in: organisationIds } },
    select: { userId: true },
  });

  return membership !== null;
}

type Uses = { images: Owners; logos: Owners; revisions: Owners; proposedLogos: Owners };

async function mayView(userId: string, { images, logos, revisions, proposedLogos }: Uses) {
  const organisationIds = [images, logos, revisions, proposedLogos].flatMap(
    (owner) => owner.organisationIds,
  );
  if (await isMemberOfAny(userId, organisationIds)) return true;

  return mayReviewMedia(userId, {
    initiativeIds: [...images.reviewedIds, ...revisions.reviewedIds],
    logoOrganisationIds: logos.organisationIds,
    profileRevisionIds: proposedLogos.profileRevisionIds ?? [],
  });
}

/**
 * Who may see a stored image: everyone when it belongs to a published
 * initiative or is the logo of a public organisation; otherwise only members
 * of the organisation it belongs to, and moderators of an initiative sent for
 * review that shows it or of a profile edit that proposes it (null: nobody,
 * answered as not found). A logo waiting in a profile edit is never public.
 * `viewerId` is read lazily, so public images cost no session lookup.
 */
export async function mediaAudience(
  name: string,
  viewerId: () => Promise<string | null>,
): Promise<MediaAudience | null> {
  const [images, logos, revisions, proposedLogos] = await Promise.all([
    initiativeImageOwners(name),
    logoOwners(name),
    revisionImageOwners(name),
    proposedLogoOwners(name),
  ]);
  if ([images, logos, revisions].some((owner) => owner.isPublic)) return "public";

  const userId = await viewerId();
  const uses = { images, logos, revisions, proposedLogos };
  if (!userId || !(await mayView(userId, uses))) return null;

  return "members";
}
