import { describe, expect, it } from "vitest";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { REPORT_REASONS } from "@/lib/reports/reasons";
import { reportSchema } from "@/lib/reports/report-schema";

function problems(fields: Record<string, unknown>) {
  const parsed = reportSchema.safeParse({ slug: "zero-mika", ...fields });

  return parsed.success ? {} : fieldErrorKeys(parsed.error);
}

describe("reportSchema", () => {
  it("accepts every listed reason with a text of 10 to 1000 characters", () => {
    for (const reason of REPORT_REASONS) {
      expect(problems({ reason, text: "x".repeat(10) })).toEqual({});
      expect(problems({ reason, text: "x".repeat(1000) })).toEqual({});
    }
  });

  it("names the missing reason and the too short text, spaces not counted", () => {
    expect(problems({ text: "   court   " })).toEqual({
      reason: "reportReasonRequired",
      text: "reportTextTooShort",
    });
  });

  it("refuses a reason outside the list and a text over 1000 characters", () => {
    expect(problems({ reason: "boring", text: "x".repeat(1001) })).toEqual({
      reason: "reportReasonRequired",
      text: "reportTextTooLong",
    });
  });

  it("treats a missing text as too short", () => {
    expect(problems({ reason: "spam" })).toEqual({ text: "reportTextTooShort" });
  });
});
