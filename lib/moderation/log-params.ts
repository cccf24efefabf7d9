import { z } from "zod";
import { ModerationAction } from "@/lib/generated/prisma/enums";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The log's filter and position live in the URL: `after` is the id of the
 * last entry already shown. A malformed value is dropped, never refused.
 */
export const logParamsSchema = z.object({
  action: z.preprocess(first, z.enum(ModerationAction).optional()).catch(undefined),
  after: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[\w-]{1,64}$/)
        .optional(),
    )
    .catch(undefined),
});

export type LogParams = z.infer<typeof logParamsSchema>;

export function parseLogParams(searchParams: Record<string, unknown>): LogParams {
  return logParamsSchema.parse(searchParams);
}

/** The log's address for this filter and position, without the locale prefix. */
export function logHref(params: LogParams): string {
  const query = new URLSearchParams();
  if (params.action) query.set("action", params.action);
  if (params.after) query.set("after", params.after);

  const search = query.toString();

  return search ? `/moderation/log?${search}` : "/moderation/log";
}
