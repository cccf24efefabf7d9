import "server-only";
import type { AppLocale } from "@/lib/i18n/routing";
import { withDetails, type QueueItem } from "./queue-details";
import { countsOf, queueEntries, type QueueEntry } from "./queue-entries";
import { QUEUE_KINDS, type QueueKind, type QueueParams } from "./queue-params";
import type { ModeratorScope } from "./scope";

export const QUEUE_PAGE_SIZE = 25;

export type QueuePage = {
  items: QueueItem[];
  counts: Record<QueueKind, number>;
  total: number;
  page: number;
  pageCount: number;
};

// Oldest first; the initiative (or organisation) and the kind break ties, so pages never repeat
// or skip an item.
function byWaitingTime(a: QueueEntry, b: QueueEntry): number {
  return (
    a.since.getTime() - b.since.getTime() ||
    a.subjectId.localeCompare(b.subjectId) ||
    QUEUE_KINDS.indexOf(a.kind) - QUEUE_KINDS.indexOf(b.kind)
  );
}

/**
 * One page of what waits for a decision in the moderator's scope: new
 * submissions, edits of published initiatives and of public organisations'
 * profiles, and reported initiatives, oldest
 * first. Counts per kind follow the other filters, not the kind filter, so
 * each tells what choosing that kind would show.
 */
export async function listQueue(
  scope: ModeratorScope,
  { kind, page, ...filters }: QueueParams,
  locale: AppLocale,
): Promise<QueuePage> {
  const entries = await queueEntries(scope, filters);
  const chosen = (kind ? entries[kind] : Object.values(entries).flat()).sort(byWaitingTime);
  const pageCount = Math.max(1, Math.ceil(chosen.length / QUEUE_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const start = (current - 1) * QUEUE_PAGE_SIZE;

  return {
    items: await withDetails(chosen.slice(start, start + QUEUE_PAGE_SIZE), locale),
    counts: countsOf(entries),
    total: chosen.length,
    page: current,
    pageCount,
  };
}
