import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { newClient } from "./new-client";

// Reuse one client across hot reloads in development; each reload would
// otherwise open a new pool until the database refuses connections.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? newClient();

if (env.NODE_ENV !== "production") globalForDb.prisma = db;
