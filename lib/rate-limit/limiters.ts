import "server-only";
import { Redis } from "ioredis";
import {
  RateLimiterPrisma,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { outsideRequests } from "@/lib/server/outside-requests";

type Rule = { points: number; durationSeconds: number };

// Per address: slows guessing one account's password. Per IP: slows one
// machine trying many addresses. Both must allow a person's honest retries.
export const RULES = {
  signInPerEmail: { points: 10, durationSeconds: 15 * 60 },
  signInPerIp: { points: 50, durationSeconds: 15 * 60 },
  resetPerEmail: { points: 3, durationSeconds: 60 * 60 },
  resetPerIp: { points: 20, durationSeconds: 60 * 60 },
  signUpPerIp: { points: 20, durationSeconds: 60 * 60 },
  // Invitations send mail to any address an owner types.
  invitePerUser: { points: 30, durationSeconds: 60 * 60 },
  // A new verification link or an email change: each sends a mail to an
  // address the account holder typed, which must not become a mail cannon.
  accountMailPerUser: { points: 5, durationSeconds: 60 * 60 },
  // Reports from the public need no account: enough for a person with a few
  // remarks, too few to flood the moderation queue.
  reportPerIp: { points: 5, durationSeconds: 60 * 60 },
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

const globalForLimits = globalThis as unknown as { redis?: Redis };

function redisClient(url: string): Redis {
  // Opened outside the request that first needs it: see lib/server/outside-requests.ts.
  globalForLimits.redis ??= outsideRequests(
    () => new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
  );

  return globalForLimits.redis;
}

const limiters = new Map<RuleName, RateLimiterAbstract>();

function limiterFor(name: RuleName): RateLimiterAbstract {
  const existing = limiters.get(name);
  if (existing) return existing;

  const { points, durationSeconds: duration } = RULES[name];
  const options = { keyPrefix: name, points, duration };
  const limiter = env.REDIS_URL
    ? new RateLimiterRedis({ ...options, storeClient: redisClient(env.REDIS_URL) })
    : new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimit" });
  limiters.set(name, limiter);

  return limiter;
}

/**
 * Counts one attempt against every given rule. Returns false when any of them
 * is used up. A store failure is rethrown: failing open would let an attacker
 * switch the limit off by overloading the store.
 */
export async function consume(attempts: { rule: RuleName; key: string }[]): Promise<boolean> {
  const results = await Promise.allSettled(
    attempts.map(({ rule, key }) => limiterFor(rule).consume(key.toLowerCase())),
  );

  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (result.reason instanceof RateLimiterRes) return false;
    throw result.reason;
  }

  return true;
}

/** Forgets an address's failed sign-ins once it signs in. */
export async function reset(rule: RuleName, key: string): Promise<void> {
  await limiterFor(rule).delete(key.toLowerCase());
}
