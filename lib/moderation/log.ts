import "server-only";
import { z } from "zod";
import { pickField } from "@/lib/content/pick-language";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import type { LogParams } from "./log-params";
import { moderatorLabel } from "./moderator-label";
import { initiativesInScope, type ModeratorScope } from "./scope";

export const LOG_PAGE_SIZE = 50;

const NEWEST_FIRST = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.ModerationDecisionOrderByWithRelationInput[];

// The titles of the version decided, as the snapshot kept them.
const snapshotTitles = z.object({
  originalLocale: z.enum(["fr", "ar", "en"]),
  translations: z.array(z.object({ locale: z.enum(["fr", "ar", "en"]), title: z.string() })),
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
      action: true,
      fromStatus: true,
      toStatus: true,
      reasonCode: true,
      message: true,
      submittedAt: true,
      content: true,
      createdAt: true,
      revision: { select: { number: true } },
      moderator: { select: { name: true, email: true } },
      initiative: {
        select: { originalLocale: true, translations: { select: { locale: true, title: true } } },
      },
      _count: { select: { reports: true } },
    },
  });
}

type Row = Awaited<ReturnType<typeof readEntries>>[number];

function toEntry(
  { content, initiative, moderator, revision, _count, ...row }: Row,
  locale: AppLocale,
) {
  const snapshot = snapshotTitles.safeParse(content);
  const titled = snapshot.success ? snapshot.data : initiative;

  return {
    ...row,
    title: pickField(titled.translations, "title", locale, titled.originalLocale),
    moderator: moderatorLabel(moderator),
    revisionNumber: revision?.number ?? null,
    reportsClosed: _count.reports,
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
    initiative: initiativesInScope(scope),
    ...(action ? { action } : {}),
    AND: [await olderThan(after)],
  };
  const rows = await readEntries(where);
  const shown = rows.slice(0, LOG_PAGE_SIZE);

  return {
    entries: shown.map((row) => toEntry(row, locale)),
    nextAfter: rows.length > LOG_PAGE_SIZE ? (shown.at(-1)?.id ?? null) : null,
  };
}

export type LogEntry = Awaited<ReturnType<typeof listDecisionLog>>["entries"][number];
