import { z } from "zod";

// What a page confirms after an action sent the user back to it with
// ?notice=...; anything else in the query is ignored.

export const mySpaceNoticeSchema = z.enum([
  "created",
  "updated",
  "profileSubmitted",
  "profileUnchanged",
  "transferred",
  "joined",
]);

export type MySpaceNotice = z.infer<typeof mySpaceNoticeSchema>;

export const membersNoticeSchema = z.enum(["invited", "revoked", "removed"]);

export type MembersNotice = z.infer<typeof membersNoticeSchema>;
