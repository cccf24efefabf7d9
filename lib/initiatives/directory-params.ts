import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;

// A repeated parameter (?q=a&q=b) arrives as an array: keep the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);

  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

/**
 * The directory's whole state lives in the URL. Anything malformed is dropped
 * rather than refused: a shared link with a stale filter still opens a page.
 */
export const directoryParamsSchema = z.object({
  region: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^MA-\d{2}$/)
        .optional(),
    )
    .catch(undefined),
  theme: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z-]{1,40}$/)
        .optional(),
    )
    .catch(undefined),
  q: z
    .preprocess(blankToUndefined, z.string().trim().optional())
    .transform((q) => q?.slice(0, MAX_QUERY_LENGTH))
    .catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type DirectoryParams = z.infer<typeof directoryParamsSchema>;

export function parseDirectoryParams(searchParams: Record<string, unknown>): DirectoryParams {
  return directoryParamsSchema.parse(searchParams);
}
