import "server-only";
import { newClient, type SessionSettings } from "@/lib/db/new-client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How queries on search vectors are planned. The planner counts nothing for
 * reading a long vector from TOAST, so it would check a word against every
 * entry's vector, scanning the table or an index in date order (3 s at
 * 100,000 initiatives for a word found nowhere), rather than ask the GIN
 * index (under 1 ms): only bitmap scans are left to it. A search hashes and
 * sorts up to 100,000 short rows, which 16 MB keeps out of temporary files;
 * compiling it (JIT) would take longer than running it.
 */
export const VECTOR_SETTINGS = {
  enable_seqscan: "off",
  enable_indexscan: "off",
  work_mem: "16MB",
  jit: "off",
} as const satisfies SessionSettings;

// The embedded PGlite (a pool of one) runs one session for every connection
// and ignores start-up settings: there, each query sets them in a transaction.
function createVectorDb(): PrismaClient | null {
  return env.DATABASE_POOL_SIZE === 1 ? null : newClient(VECTOR_SETTINGS);
}

// Reused across hot reloads in development, like lib/db/client.ts.
const globalForSearch = globalThis as unknown as { vectorDb?: PrismaClient | null };

/**
 * The client for queries on search vectors: a pool whose sessions start with
 * VECTOR_SETTINGS, so other queries keep the planner's defaults. Null where
 * sessions cannot be kept apart.
 */
export const vectorDb =
  globalForSearch.vectorDb === undefined ? createVectorDb() : globalForSearch.vectorDb;

if (env.NODE_ENV !== "production") globalForSearch.vectorDb = vectorDb;
