import { z } from "zod";

// What a visitor may report; each code has a label under ReportReason.
export const REPORT_REASONS = [
  "inaccurate",
  "outdated",
  "notClimate",
  "inappropriate",
  "spam",
  "duplicate",
  "other",
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number];

export const reportReasonSchema = z.enum(REPORT_REASONS, { error: "reportReasonRequired" });
