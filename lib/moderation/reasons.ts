import { z } from "zod";

// The trilingual list of reasons for a refusal or an unpublication; each
// code has a label under ModerationReason in messages/.
export const MODERATION_REASONS = [
  "notClimate",
  "notInMorocco",
  "insufficientInformation",
  "duplicate",
  "commercial",
  "inappropriate",
  "other",
] as const;

export type ModerationReason = (typeof MODERATION_REASONS)[number];

export const moderationReasonSchema = z.enum(MODERATION_REASONS, {
  error: "moderationReasonRequired",
});
