import "server-only";
import { z } from "zod";
import { organisationName } from "@/lib/content/organisation-name";
import { pickField, type LocalizedText } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import type { LogParams } from "./log-params";
import { moderatorLabel } from "./moderator-label";
import { profileRevisionsInScope } from "./profile-scope";
import { initiativesInScope, type ModeratorScope } from "./scope";

export const LOG_PAGE_SIZE = 50;

const NEWEST_FIRST = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.ModerationDecisionOrderByWithRelationInput[];

const localeSchema = z.enum(["fr", "ar", "en"]);

// The titles of the version decided, as the snapshot kept them.
const snapshotTitles = z.object({
  originalLocale: localeSchema,
  translations: z.array(z.object({ locale: localeSchema, title: z.string() })),
});

// The names of a profile edit decided, as the snapshot kept them.
const snapshotNames = z.object({
  originalLocale: localeSchema,
  translations: z.array(z.object({ locale: localeSchema, name: z.string() })),
});

// Entries older than the last one shown; an unknown id starts from the newest.
async function olderThan(id: string | undefined): Promise<Prisma.ModerationDecisionWhereInput> {
  const last = id
    ? await db.moderationDecision.findUnique({ where: { id }, select: { createdAt: true } })
    : null;
  if (!id || !last) return {};

  return {
    OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: id } }],
  };
}

async function readEntries(where: Prisma.ModerationDecisionWhereInput) {
  return db.moderationDecision.findMany({
    where,
    orderBy: NEWEST_FIRST,
    take: LOG_PAGE_SIZE + 1,
    select: {
      id: true,
      initiativeId: true,
      organisationId: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      reasonCode: true,
      message: true,
      submittedAt: true,
      content: true,
      createdAt: true,
      revision: { select: { number: true } },
      organisationRevision: { select: { number: true } },
      moderator: { select: { name: true, email: true } },
      initiative: {
        select: { originalLocale: true, translations: { select: { locale: true, title: true } } },
      },
      organisation: {
        select: { name: true, translations: { select: { locale: true, name: true } } },
      },
      _count: { select: { reports: true } },
    },
  });
}

type Row = Awaited<ReturnType<typeof readEntries>>[number];

// The entry's title, as the decided version had it: an initiative's title,
// or the organisation's name for a profile edit.
function titleOf(row: Row, locale: AppLocale): LocalizedText | null {
  if (row.organisation) {
    const snapshot = snapshotNames.safeParse(row.content);
    const named = snapshot.success ? snapshot.data : null;

    return named
      ? pickField(named.translations, "name", locale, named.originalLocale)
      : organisationName(row.organisation, locale);
  }

  const snapshot = snapshotTitles.safeParse(row.content);
  const titled = snapshot.success ? snapshot.data : row.initiative;

  return titled ? pickField(titled.translations, "title", locale, titled.originalLocale) : null;
}

function toEntry(row: Row, locale: AppLocale) {
  const { id, initiativeId, organisationId, action, fromStatus, toStatus } = row;
  const revision = row.revision ?? row.organisationRevision;

  return {
    id,
    initiativeId,
    organisationId,
    action,
    fromStatus,
    toStatus,
    reasonCode: row.reasonCode,
    message: row.message,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
    title: titleOf(row, locale),
    moderator: moderatorLabel(row.moderator),
    revisionNumber: revision?.number ?? null,
    reportsClosed: row._count.reports,
  };
}

// Decisions about what the scope covers: initiatives in its regions, and
// profile edits of organisations there.
function inScope(scope: ModeratorScope): Prisma.ModerationDecisionWhereInput {
  if (scope.all) return {};

  return {
    OR: [
      { initiative: initiativesInScope(scope) },
      { organisationRevision: profileRevisionsInScope(scope) },
    ],
  };
}

/**
 * One page of the decision log, newest first: what the scope covers (an
 * admin's, everything), optionally one kind of decision only. `nextAfter`
 * is the cursor of the following page, null on the last one.
 */
export async function listDecisionLog(
  scope: ModeratorScope,
  { action, after }: LogParams,
  locale: AppLocale,
) {
  const where: Prisma.ModerationDecisionWhereInput = {
    ...(action ? { action } : {}),
    AND: [inScope(scope), await olderThan(after)],
  };
  const rows = await readEntries(where);
  const shown = rows.slice(0, LOG_PAGE_SIZE);

  return {
    entries: shown.map((row) => toEntry(row, locale)),
    nextAfter: rows.length > LOG_PAGE_SIZE ? (shown.at(-1)?.id ?? null) : null,
  };
}

export type LogEntry = Awaited<ReturnType<typeof listDecisionLog>>["entries"][number];
