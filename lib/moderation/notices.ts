import { z } from "zod";

// What the queue confirms after a decision sent the moderator back to it
// with ?notice=...; anything else in the query is ignored.
export const moderationNoticeSchema = z.enum([
  "approved",
  "changesRequested",
  "editRejected",
  "rejected",
  "unpublished",
  "restored",
  "dismissed",
  "profileApproved",
  "profileChangesRequested",
  "profileRejected",
]);

export type ModerationNotice = z.infer<typeof moderationNoticeSchema>;
