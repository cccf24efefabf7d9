import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const BEARER = /^Bearer (.+)$/;

// Hashing first gives both sides one length, so the comparison takes the
// same time whatever was sent.
function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Whether the Authorization header carries CACHE_PURGE_TOKEN; never when it is unset. */
export function isPurgeAuthorised(authorization: string | null): boolean {
  const expected = env.CACHE_PURGE_TOKEN;
  const sent = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  if (!expected || !sent) return false;

  return timingSafeEqual(digest(sent), digest(expected));
}
