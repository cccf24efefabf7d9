import { z } from "zod";
import {
  explainsOther,
  id,
  message,
  otherNeedsMessage,
  reasoned,
  submittedAtField,
} from "./decision-schemas";

// The profile edit the moderator saw: its revision, and when it was sent.
const profileVersionSchema = z.object({
  organisationId: id,
  revisionId: id,
  submittedAt: submittedAtField,
});

export const approveProfileSchema = profileVersionSchema;

export const requestProfileChangesSchema = profileVersionSchema.extend({
  message: message.min(1, { error: "moderationMessageRequired" }),
});

export const rejectProfileSchema = profileVersionSchema
  .extend(reasoned)
  .refine(explainsOther, otherNeedsMessage);

export type ProfileVersionInput = z.output<typeof profileVersionSchema>;
export type RequestProfileChangesInput = z.output<typeof requestProfileChangesSchema>;
export type RejectProfileInput = z.output<typeof rejectProfileSchema>;
