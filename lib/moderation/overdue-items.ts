import "server-only";
import { countsOf, queueEntries, type QueueEntry } from "./queue-entries";
import type { QueueKind } from "./queue-params";
import type { ModeratorScope } from "./scope";

export type OverdueItems = {
  counts: Record<QueueKind, number>;
  total: number;
  /** Since when the item that has waited longest is waiting. */
  oldest: Date;
};

/**
 * What in the scope has waited in the queue since before `before`, counted
 * per kind as the queue counts them; null when nothing has.
 */
export async function overdueItems(
  scope: ModeratorScope,
  before: Date,
): Promise<OverdueItems | null> {
  const entries = await queueEntries(scope, {});
  const late = (kind: QueueKind) => entries[kind].filter((entry) => entry.since < before);
  const lateByKind: Record<QueueKind, QueueEntry[]> = {
    submission: late("submission"),
    edit: late("edit"),
    profile: late("profile"),
    report: late("report"),
  };
  const all = Object.values(lateByKind).flat();
  if (all.length === 0) return null;

  const oldest = all.reduce((first, entry) => (entry.since < first ? entry.since : first), before);

  return {
    counts: countsOf(lateByKind),
    total: all.length,
    oldest,
  };
}
