import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { decideEdit } from "./decide-edit";
import { decideSubmission } from "./decide-submission";
import type { RejectInput, RequestChangesInput, VersionInput } from "./decision-schemas";
import type { Verdict } from "./verdict";

type Actor = CurrentUser | null;

// A version with a revision is an edit of a published initiative; without
// one, the initiative itself waits for its first decision.
async function decide(actor: Actor, version: VersionInput, verdict: Verdict) {
  const { revisionId } = version;

  return revisionId
    ? decideEdit(actor, { ...version, revisionId }, verdict)
    : decideSubmission(actor, version, verdict);
}

/** Publishes a new submission, or makes an edit the public version. */
export async function approveVersion(actor: Actor, version: VersionInput) {
  return decide(actor, version, { action: "APPROVE" });
}

/** Sends the version back to the association with the moderator's message. */
export async function requestChanges(actor: Actor, input: RequestChangesInput) {
  return decide(actor, input, { action: "REQUEST_CHANGES", message: input.message });
}

/** Refuses the version, with a reason from the list and an optional text. */
export async function rejectVersion(actor: Actor, input: RejectInput) {
  const { reasonCode, message } = input;

  return decide(actor, input, { action: "REJECT", reasonCode, message: message || null });
}
