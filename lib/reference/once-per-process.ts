/**
 * A loader that runs once per server process and shares its answer with every
 * later call. A failed load is forgotten, so the next call tries again.
 */
export function oncePerProcess<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;

  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });

    return loading;
  };
}
