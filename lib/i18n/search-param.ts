import { z } from "zod";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One text value of a query string; repeated or missing values count as absent. */
export const searchText = z.string().max(2000).optional().catch(undefined);
