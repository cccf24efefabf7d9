import { z } from "zod";
import { emailField } from "@/lib/accounts/email";

const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;

const userId = z.string().min(1).max(64);

// Ticked regions; none ticked means every region.
const regionCodes = z
  .array(z.string().regex(REGION_CODE))
  .max(12)
  .transform((codes) => [...new Set(codes)].sort());

export const grantModeratorSchema = z.object({ email: emailField, regionCodes });

export const moderatorRegionsSchema = z.object({ userId, regionCodes });

export const revokeModeratorSchema = z.object({ userId });

export type GrantModeratorInput = z.infer<typeof grantModeratorSchema>;

export type ModeratorRegionsInput = z.infer<typeof moderatorRegionsSchema>;

/** The form as the schemas expect it: checkboxes share the name "regionCodes". */
export function readRoleForm(formData: FormData) {
  return { ...Object.fromEntries(formData), regionCodes: formData.getAll("regionCodes") };
}
