import type { Prisma } from "@/lib/generated/prisma/client";

// Every public query starts from this filter: only a moderator's approval
// makes an initiative public.
export const PUBLISHED = { status: "PUBLISHED" } as const satisfies Prisma.InitiativeWhereInput;

// Newest first; the id breaks ties so pages never repeat or skip an entry.
export const PUBLIC_ORDER = [
  { publishedAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.InitiativeOrderByWithRelationInput[];
