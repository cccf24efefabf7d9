import { z } from "zod";

export const QUEUE_KINDS = ["submission", "edit", "profile", "report"] as const;

export type QueueKind = (typeof QUEUE_KINDS)[number];

// A repeated parameter (?kind=a&kind=b) arrives as an array: keep the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(first, schema.optional()).catch(undefined);

/**
 * The queue's filters live in the URL. A malformed or stale value is dropped
 * rather than refused: a moderator's bookmark always opens the queue.
 */
export const queueParamsSchema = z.object({
  kind: optional(z.enum(QUEUE_KINDS)),
  region: optional(z.string().regex(/^MA-\d{2}$/)),
  theme: optional(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  language: optional(z.enum(["fr", "ar", "en"])),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export type QueueParams = z.infer<typeof queueParamsSchema>;

export type QueueFilters = Omit<QueueParams, "page">;

export function parseQueueParams(searchParams: Record<string, unknown>): QueueParams {
  return queueParamsSchema.parse(searchParams);
}

/** The queue's address for these filters, without the locale prefix. */
export function queueHref(params: Partial<QueueParams>): string {
  const query = new URLSearchParams();
  for (const key of ["kind", "region", "theme", "language"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.page && params.page > 1) query.set("page", String(params.page));

  const search = query.toString();

  return search ? `/moderation?${search}` : "/moderation";
}

/** Where a waiting item is reviewed: an initiative's page, or an organisation's for its profile. */
export function reviewHref(kind: QueueKind, subjectId: string): string {
  return kind === "profile"
    ? `/moderation/organisations/${subjectId}`
    : `/moderation/initiatives/${subjectId}`;
}

type Known = { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string> };

/** Drops a region or theme the form does not offer, as if it had not been chosen. */
export function dropUnknownFilters(params: QueueParams, known: Known): QueueParams {
  return {
    ...params,
    region: params.region && known.regionCodes.has(params.region) ? params.region : undefined,
    theme: params.theme && known.themeSlugs.has(params.theme) ? params.theme : undefined,
  };
}

export function hasFilters(params: QueueFilters): boolean {
  return Boolean(params.kind || params.region || params.theme || params.language);
}
