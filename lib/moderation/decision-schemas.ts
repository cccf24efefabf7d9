import { z } from "zod";
import { moderationReasonSchema } from "./reasons";

export const MESSAGE_MAX = 2000;

export const id = z.string().min(1).max(64);

export const submittedAtField = z.iso.datetime().transform((iso) => new Date(iso));

// The version the moderator saw: when it was sent for review, and for an
// edit of a published initiative the revision.
const versionSchema = z.object({
  initiativeId: id,
  revisionId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  submittedAt: submittedAtField,
});

export const message = z
  .string({ error: "moderationMessageRequired" })
  .trim()
  .max(MESSAGE_MAX, { error: "moderationMessageTooLong" });

export const reasoned = {
  reasonCode: moderationReasonSchema,
  message: message.optional().default(""),
};

// "Other reason" says nothing by itself: the association needs the words.
export const explainsOther = (input: { reasonCode: string; message: string }) =>
  input.reasonCode !== "other" || input.message !== "";

export const otherNeedsMessage = { error: "moderationOtherNeedsMessage", path: ["message"] };

export const approveSchema = versionSchema;

export const requestChangesSchema = versionSchema.extend({
  message: message.min(1, { error: "moderationMessageRequired" }),
});

export const rejectSchema = versionSchema.extend(reasoned).refine(explainsOther, otherNeedsMessage);

export const unpublishSchema = z
  .object({ initiativeId: id, ...reasoned })
  .refine(explainsOther, otherNeedsMessage);

export const restoreSchema = z.object({ initiativeId: id });

// Reports that arrived after the page was shown are left for a later look.
export const dismissReportsSchema = z.object({
  initiativeId: id,
  shownAt: z.iso.datetime().transform((iso) => new Date(iso)),
});

export type VersionInput = z.output<typeof versionSchema>;
export type RequestChangesInput = z.output<typeof requestChangesSchema>;
export type RejectInput = z.output<typeof rejectSchema>;
export type UnpublishInput = z.output<typeof unpublishSchema>;
export type RestoreInput = z.output<typeof restoreSchema>;
export type DismissReportsInput = z.output<typeof dismissReportsSchema>;
