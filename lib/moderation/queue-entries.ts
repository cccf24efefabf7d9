import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { profileEdits } from "./profile-queue-entries";
import type { QueueFilters, QueueKind } from "./queue-params";
import { initiativesInScope, type ModeratorScope } from "./scope";

/** One item waiting in the queue, before its details are read. */
export type QueueEntry = {
  kind: QueueKind;
  /** The initiative; for a profile edit, the organisation. */
  subjectId: string;
  revisionId: string | null;
  since: Date;
  openReports: number;
};

export type Filters = Omit<QueueFilters, "kind">;

const OPEN = { status: "OPEN" } as const;

function initiativeFilters({ region, theme, language }: Filters): Prisma.InitiativeWhereInput[] {
  return [
    region ? { OR: [{ regionCode: region }, { regions: { some: { regionCode: region } } }] } : {},
    theme ? { themes: { some: { themeSlug: theme } } } : {},
    language ? { translations: { some: { locale: language } } } : {},
  ];
}

// An edit is filtered on what it proposes, the version the moderator decides.
function revisionFilters({
  region,
  theme,
  language,
}: Filters): Prisma.InitiativeRevisionWhereInput[] {
  return [
    region ? { content: { path: ["regionCodes"], array_contains: [region] } } : {},
    theme ? { content: { path: ["themeSlugs"], array_contains: [theme] } } : {},
    language ? { content: { path: ["translations"], array_contains: [{ locale: language }] } } : {},
  ];
}

async function submissions(scope: ModeratorScope, filters: Filters): Promise<QueueEntry[]> {
  const rows = await db.initiative.findMany({
    where: {
      status: "PENDING_REVIEW",
      AND: [initiativesInScope(scope), ...initiativeFilters(filters)],
    },
    select: { id: true, submittedAt: true, updatedAt: true },
  });

  return rows.map((row) => ({
    kind: "submission",
    subjectId: row.id,
    revisionId: null,
    since: row.submittedAt ?? row.updatedAt,
    openReports: 0,
  }));
}

async function edits(scope: ModeratorScope, filters: Filters): Promise<QueueEntry[]> {
  const rows = await db.initiativeRevision.findMany({
    where: {
      status: "PENDING_REVIEW",
      initiative: { status: "PUBLISHED", AND: [initiativesInScope(scope)] },
      AND: revisionFilters(filters),
    },
    select: { id: true, initiativeId: true, submittedAt: true, updatedAt: true },
  });

  return rows.map((row) => ({
    kind: "edit",
    subjectId: row.initiativeId,
    revisionId: row.id,
    since: row.submittedAt ?? row.updatedAt,
    openReports: 0,
  }));
}

async function reports(scope: ModeratorScope, filters: Filters): Promise<QueueEntry[]> {
  const rows = await db.initiative.findMany({
    where: {
      status: "PUBLISHED",
      reports: { some: OPEN },
      AND: [initiativesInScope(scope), ...initiativeFilters(filters)],
    },
    select: {
      id: true,
      reports: { where: OPEN, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
      _count: { select: { reports: { where: OPEN } } },
    },
  });

  return rows.flatMap((row) => {
    const oldest = row.reports[0];
    if (!oldest) return [];

    return [
      {
        kind: "report" as const,
        subjectId: row.id,
        revisionId: null,
        since: oldest.createdAt,
        openReports: row._count.reports,
      },
    ];
  });
}

/**
 * Every waiting item of each kind that the scope covers and the filters
 * keep. Only keys and times are read here: the queue holds at most a few
 * hundred items, and the details are read for one page only.
 */
export async function queueEntries(scope: ModeratorScope, filters: Filters) {
  const [submission, edit, profile, report] = await Promise.all([
    submissions(scope, filters),
    edits(scope, filters),
    profileEdits(scope, filters),
    reports(scope, filters),
  ]);

  return { submission, edit, profile, report } satisfies Record<QueueKind, QueueEntry[]>;
}

/** How many entries of each kind. */
export function countsOf(entries: Record<QueueKind, QueueEntry[]>): Record<QueueKind, number> {
  return {
    submission: entries.submission.length,
    edit: entries.edit.length,
    profile: entries.profile.length,
    report: entries.report.length,
  };
}
