// The initiative page confirms a report when it is opened with ?reported=1;
// the anchor brings the visitor back to the report section.
export const REPORTED_PARAM = "reported";

export const REPORT_ANCHOR = "report";
