import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { profileRevisionsInScope } from "./profile-scope";
import type { Filters, QueueEntry } from "./queue-entries";
import type { ModeratorScope } from "./scope";

// A profile edit is filtered on the region the organisation has and the one
// it proposes, and on the languages it proposes; it has no theme.
function profileFilters({ region, language }: Filters): Prisma.OrganisationRevisionWhereInput[] {
  return [
    region
      ? {
          OR: [
            { organisation: { regionCode: region } },
            { content: { path: ["regionCode"], equals: region } },
          ],
        }
      : {},
    language ? { content: { path: ["translations"], array_contains: [{ locale: language }] } } : {},
  ];
}

/** The edits of organisations' profiles that wait for a decision in the scope. */
export async function profileEdits(scope: ModeratorScope, filters: Filters): Promise<QueueEntry[]> {
  if (filters.theme) return [];

  const rows = await db.organisationRevision.findMany({
    where: {
      status: "PENDING_REVIEW",
      AND: [profileRevisionsInScope(scope), ...profileFilters(filters)],
    },
    select: { id: true, organisationId: true, submittedAt: true, updatedAt: true },
  });

  return rows.map((row) => ({
    kind: "profile",
    subjectId: row.organisationId,
    revisionId: row.id,
    since: row.submittedAt ?? row.updatedAt,
    openReports: 0,
  }));
}
