import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { requireMembership } from "./access";

/** The actor, once known to own the organisation; anyone else gets notFound. */
export async function requireOwner<A extends { id: string }>(
  actor: A | null,
  organisationId: string,
): Promise<A> {
  if (!actor) throw new AppError("notFound");

  await requireMembership(actor, organisationId, ["OWNER"]);

  return actor;
}
