import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { decideProfileEdit } from "./decide-profile";
import type {
  ProfileVersionInput,
  RejectProfileInput,
  RequestProfileChangesInput,
} from "./profile-decision-schemas";

type Actor = CurrentUser | null;

/** Makes the edit the organisation's public profile. */
export async function approveProfile(actor: Actor, version: ProfileVersionInput) {
  return decideProfileEdit(actor, version, { action: "APPROVE" });
}

/** Sends the edit back to the organisation with the moderator's message. */
export async function requestProfileChanges(actor: Actor, input: RequestProfileChangesInput) {
  return decideProfileEdit(actor, input, { action: "REQUEST_CHANGES", message: input.message });
}

/** Refuses the edit, with a reason from the list and an optional text. */
export async function rejectProfile(actor: Actor, input: RejectProfileInput) {
  const { reasonCode, message } = input;

  return decideProfileEdit(actor, input, {
    action: "REJECT",
    reasonCode,
    message: message || null,
  });
}
