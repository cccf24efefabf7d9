"use client";

import { useSearchParams } from "next/navigation";
import { FormStatus } from "@/components/form/form-status";
import { REPORTED_PARAM } from "@/lib/reports/confirmation";

// Read in the browser's URL rather than by the page, so the initiative page
// itself stays free of per-visitor input.
export function ReportedNotice({ message }: { message: string }) {
  const reported = useSearchParams().get(REPORTED_PARAM) === "1";

  return <FormStatus ok message={reported ? message : undefined} />;
}
