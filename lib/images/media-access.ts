import "server-only";
import { db } from "@/lib/db/client";

export type MediaAudience = "public" | "members";

type Owners = { isPublic: boolean; organisationIds: string[] };

async function initiativeImageOwners(name: string): Promise<Owners> {
  const images = await db.initiativeImage.findMany({
    where: { path: name },
    select: { initiative: { select: { status: true, organisationId: true } } },
  });

  return {
    isPublic: images.some(({ initiative }) => initiative.status === "PUBLISHED"),
    organisationIds: images.map(({ initiative }) => initiative.organisationId),
  };
}

// Images proposed in an edit of a published initiative live only in the
// revision's content until a moderator approves it.
async function revisionImageOwners(name: string): Promise<Owners> {
  const revisions = await db.initiativeRevision.findMany({
    where: { content: { path: ["images"], array_contains: [{ path: name }] } },
    select: { initiative: { select: { organisationId: true } } },
  });

  return { isPublic: false, organisationIds: revisions.map((r) => r.initiative.organisationId) };
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

/**
 * Who may see a stored image: everyone when it belongs to a published
 * initiative or is the logo of a public organisation; otherwise only members
 * of the organisation it belongs to (null: nobody, answered as not found).
 * `viewerId` is read lazily, so public images cost no session lookup.
 */
export async function mediaAudience(
  name: string,
  viewerId: () => Promise<string | null>,
): Promise<MediaAudience | null> {
  const owners = await Promise.all([
    initiativeImageOwners(name),
    logoOwners(name),
    revisionImageOwners(name),
  ]);
  if (owners.some((owner) => owner.isPublic)) return "public";

  const userId = await viewerId();
  const organisationIds = owners.flatMap((owner) => owner.organisationIds);
  if (!userId || !(await isMemberOfAny(userId, organisationIds))) return null;

  return "members";
}
