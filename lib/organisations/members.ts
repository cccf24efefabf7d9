import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./access";
import { requireOwner } from "./require-owner";

/** The member list of an organisation and its open invitations, for its owner. */
export async function getMembersPage(actor: Actor, organisationId: string) {
  await requireOwner(actor, organisationId);

  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      originalLocale: true,
      translations: { select: { locale: true, name: true } },
      memberships: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true } },
        },
      },
      invitations: {
        where: { acceptedAt: null },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, expiresAt: true, createdAt: true },
      },
    },
  });
  const { memberships, invitations, ...profile } = organisation;

  return { organisation: profile, members: memberships, invitations };
}

export type MembersPage = Awaited<ReturnType<typeof getMembersPage>>;
