import { z } from "zod";

// What the moderators page confirms after an action sent the admin back to it.
export const moderatorsNoticeSchema = z.enum(["granted", "regionsChanged", "unchanged", "revoked"]);

export type ModeratorsNotice = z.infer<typeof moderatorsNoticeSchema>;
