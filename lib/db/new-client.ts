import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { DetachedClient } from "./detached-client";

/** PostgreSQL settings by name, such as `{ work_mem: "16MB" }`. */
export type SessionSettings = Readonly<Record<string, string>>;

// Sent in each connection's start-up message: the settings cost no round trip.
function startupOptions(settings: SessionSettings): string | undefined {
  const options = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`);

  return options.length > 0 ? options.join(" ") : undefined;
}

/** A Prisma client on a pool of its own, whose sessions all start with `settings`. */
export function newClient(settings: SessionSettings = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    options: startupOptions(settings),
    Client: DetachedClient,
  });

  return new PrismaClient({ adapter });
}
