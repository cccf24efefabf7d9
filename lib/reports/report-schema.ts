import { z } from "zod";
import { reportReasonSchema } from "./reasons";

export const REPORT_TEXT = { min: 10, max: 1000 } as const;

// The trap field's name: a plain word bots fill in, which browsers do not
// autofill (an "email" trap would catch people whose browser fills it).
export const HONEYPOT_FIELD = "website";

// Error messages are keys of the FormErrors namespace.
export const reportSchema = z.object({
  slug: z.string().min(1).max(200),
  reason: reportReasonSchema,
  text: z
    .string({ error: "reportTextTooShort" })
    .trim()
    .min(REPORT_TEXT.min, { error: "reportTextTooShort" })
    .max(REPORT_TEXT.max, { error: "reportTextTooLong" }),
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
});

export type ReportInput = z.infer<typeof reportSchema>;
