import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { Actor } from "./access";
import { feedbackFor, groupByStatus, type Decision } from "./initiative-groups";
import { profileEditStates } from "./profile-edit-state";

const initiativeSelect = {
  id: true,
  slug: true,
  status: true,
  originalLocale: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true } },
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, status: true } },
} as const;

async function explainingDecisions(initiativeIds: string[]): Promise<Decision[]> {
  if (initiativeIds.length === 0) return [];

  return db.moderationDecision.findMany({
    where: {
      initiativeId: { in: initiativeIds },
      action: { in: ["REQUEST_CHANGES", "REJECT", "UNPUBLISH"] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      initiativeId: true,
      revisionId: true,
      action: true,
      reasonCode: true,
      message: true,
      createdAt: true,
    },
  });
}

/**
 * The signed-in user's organisations with their role, and each one's
 * initiatives grouped by status, with the moderator's explanation where the
 * status or the latest edit has one, and where the latest edit of the
 * profile stands. Only organisations the user is a member of.
 */
export async function getMySpace(actor: Actor) {
  if (!actor?.id) throw new AppError("signInRequired");

  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    orderBy: [{ organisation: { name: "asc" } }, { organisationId: "asc" }],
    select: {
      role: true,
      organisation: {
        select: {
          id: true,
          slug: true,
          name: true,
          originalLocale: true,
          kind: true,
          translations: { select: { locale: true, name: true } },
          initiatives: { select: initiativeSelect, orderBy: [{ updatedAt: "desc" }] },
          revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, status: true } },
        },
      },
    },
  });

  const ids = memberships.flatMap((m) => m.organisation.initiatives.map((i) => i.id));
  const decisions = await explainingDecisions(ids);
  const profileEdits = await profileEditStates(
    memberships.flatMap((m) => m.organisation.revisions),
  );

  return memberships.map(({ role, organisation: { initiatives, revisions, ...organisation } }) => ({
    ...organisation,
    role,
    profileEdit: profileEdits.get(revisions[0]?.id ?? "") ?? null,
    isPublic: initiatives.some((initiative) => initiative.status === "PUBLISHED"),
    initiativeCount: initiatives.length,
    groups: groupByStatus(
      initiatives.map(({ revisions, ...initiative }) => ({
        ...initiative,
        feedback: feedbackFor({ ...initiative, latestRevision: revisions[0] }, decisions),
      })),
    ),
  }));
}

export type MySpaceOrganisation = Awaited<ReturnType<typeof getMySpace>>[number];

export type MySpaceInitiative = MySpaceOrganisation["groups"][number]["initiatives"][number];
