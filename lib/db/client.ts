import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });

  return new PrismaClient({ adapter });
}

// Reuse one client across hot reloads in development; each reload would
// otherwise open a new pool until the database refuses connections.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? createClient();

if (env.NODE_ENV !== "production") globalForDb.prisma = db;
