// Past this wait an item is flagged in the queue: an association should hear
// back within two days.
export const LONG_WAIT_HOURS = 48;

export function hasWaitedTooLong(since: Date, now: Date): boolean {
  return now.getTime() - since.getTime() > LONG_WAIT_HOURS * 60 * 60 * 1000;
}
