// The initiative page confirms a report when it is opened with ?reported=1;
// the anchor brings the visitor back to the report section.
export const REPORTED_PARAM = "reported";

export const REPORT_ANCHOR = "report";

/** Whether the page's query string asks it to confirm a report. */
export function wasReported(searchParams: Record<string, unknown>): boolean {
  return searchParams[REPORTED_PARAM] === "1";
}
