import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * `items.map(make)`, letting the event loop turn every `every` items: the
 * queries already sent on a connection go on meanwhile, each answer
 * promptly followed by the next query, instead of waiting for the whole map.
 */
export async function mapTurning<T, R>(
  items: readonly T[],
  make: (item: T) => R,
  every = 100,
): Promise<R[]> {
  const results: R[] = [];
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % every === 0) await nextTurn();
    results.push(make(item));
  }

  return results;
}
