import "server-only";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";

export type InitiativeCounts = Record<"published" | "rejected" | "pending" | "unpublished", number>;

const COUNTED: Record<keyof InitiativeCounts, InitiativeStatus> = {
  published: "PUBLISHED",
  rejected: "REJECTED",
  pending: "PENDING_REVIEW",
  unpublished: "UNPUBLISHED",
};

async function initiativeCounts(organisationId: string): Promise<InitiativeCounts> {
  const groups = await db.initiative.groupBy({
    by: ["status"],
    where: { organisationId },
    _count: { _all: true },
  });
  const count = (status: InitiativeStatus) =>
    groups.find((group) => group.status === status)?._count._all ?? 0;

  return {
    published: count(COUNTED.published),
    rejected: count(COUNTED.rejected),
    pending: count(COUNTED.pending),
    unpublished: count(COUNTED.unpublished),
  };
}

/** Who submitted the initiative, and how their earlier initiatives fared. */
export async function reviewOrganisation(organisationId: string) {
  const [organisation, initiatives] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        regionCode: true,
        city: true,
        website: true,
        createdAt: true,
        translations: { select: { locale: true, name: true } },
        _count: { select: { memberships: true } },
      },
    }),
    initiativeCounts(organisationId),
  ]);
  const { _count, ...rest } = organisation;

  return { ...rest, members: _count.memberships, initiatives };
}

export type ReviewOrganisation = Awaited<ReturnType<typeof reviewOrganisation>>;
