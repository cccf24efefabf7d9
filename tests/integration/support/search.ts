import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";

type Query = { q?: string; region?: string; theme?: string; page?: number };

/** The slugs of one page of the directory, in the order shown. */
export async function slugsInOrder({ page = 1, ...query }: Query): Promise<string[]> {
  const result = await findPublishedInitiatives({ ...query, page });

  return result.items.map((item) => item.slug);
}

/** The slugs of the first page of the directory, sorted, for comparing sets. */
export async function slugsFound(query: Query): Promise<string[]> {
  return (await slugsInOrder(query)).sort();
}
