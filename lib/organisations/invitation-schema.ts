import { z } from "zod";
import { emailField } from "@/lib/accounts/email";

const id = z.string().min(1).max(40);

export const inviteSchema = z.object({ organisationId: id, email: emailField });

export const invitationTargetSchema = z.object({ organisationId: id, invitationId: id });

export const memberTargetSchema = z.object({ organisationId: id, userId: id });

export const transferSchema = memberTargetSchema.extend({
  confirm: z.literal("on", { error: "memberTransferConfirm" }),
});

// Tokens are 32 random bytes in base64url: 43 characters.
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });
