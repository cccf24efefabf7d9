import "server-only";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountTokenKind } from "@/lib/generated/prisma/enums";

const HOUR = 60 * 60 * 1000;

const LIFETIMES: Record<AccountTokenKind, number> = {
  VERIFY_EMAIL: 24 * HOUR,
  RESET_PASSWORD: HOUR,
  CHANGE_EMAIL: 24 * HOUR,
};

type Client = Prisma.TransactionClient;

/**
 * A new single-use link for a mail. Earlier unused links of the same kind stop
 * working, so only the latest mail counts. The token itself is never stored.
 */
export async function issueToken(userId: string, kind: AccountTokenKind, email: string) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + LIFETIMES[kind]);

  await db.$transaction([
    db.accountToken.deleteMany({ where: { userId, kind, usedAt: null } }),
    db.accountToken.create({ data: { userId, kind, email, tokenHash, expiresAt } }),
  ]);

  return token;
}

/**
 * Marks a link used if it is of this kind, unused and not expired, and returns
 * it; null otherwise. The conditional update makes two uses at once count once.
 */
export async function consumeToken(token: string, kind: AccountTokenKind, client: Client = db) {
  const tokenHash = hashToken(token);
  const now = new Date();

  const { count } = await client.accountToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;

  return client.accountToken.findUnique({
    where: { tokenHash },
    select: { userId: true, email: true },
  });
}

/** Whether a link would still work, to show its form or explain at once that it will not. */
export async function isUsableToken(token: string, kind: AccountTokenKind): Promise<boolean> {
  const found = await db.accountToken.count({
    where: { tokenHash: hashToken(token), kind, usedAt: null, expiresAt: { gt: new Date() } },
  });

  return found > 0;
}
