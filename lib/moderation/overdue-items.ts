import "server-only";
import type { QueueKind } from "./queue-params";
import { queueEntries } from "./queue-entries";
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
  const lateByKind = { submission: late("submission"), edit: late("edit"), report: late("report") };
  const all = Object.values(lateByKind).flat();
  if (all.length === 0) return null;

  const oldest = all.reduce((first, entry) => (entry.since < first ? entry.since : first), before);

  return {
    counts: {
      submission: lateByKind.submission.length,
      edit: lateByKind.edit.length,
      report: lateByKind.report.length,
    },
    total: all.length,
    oldest,
  };
}
