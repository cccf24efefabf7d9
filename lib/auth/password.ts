import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms here,
// slow enough to hurt guessing, fast enough for a 2-core server.
// The package's Algorithm enum is a const enum, unusable with isolatedModules;
// 2 is its Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Verified against when an address is unknown, so that answering takes as
// long as for a known one and timing does not reveal which addresses exist.
let decoyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string) {
  decoyHash ??= hash("decoy password, never matches", OPTIONS);
  const target = passwordHash ?? (await decoyHash);
  const matches = await verify(target, password).catch(() => false);

  return passwordHash !== null && matches;
}
