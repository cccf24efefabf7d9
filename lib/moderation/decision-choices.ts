import type { DecisionTarget } from "./decision-target";

export type DecisionChoice =
  "approve" | "requestChanges" | "reject" | "unpublish" | "dismissReports" | "restore";

/** True when the target is a version waiting for review: a new submission or an edit. */
export function isPendingVersion(target: DecisionTarget): boolean {
  return target.revisionId !== null || target.status === "PENDING_REVIEW";
}

/**
 * The decisions that fit the item as it stands: a version waiting for review
 * can be approved, sent back or refused; a public initiative can be taken
 * offline and its reports closed; an unpublished one can come back.
 */
export function decisionChoices(target: DecisionTarget): DecisionChoice[] {
  const choices: DecisionChoice[] = [];

  if (isPendingVersion(target)) choices.push("approve", "requestChanges", "reject");
  if (target.status === "PUBLISHED") {
    choices.push("unpublish");
    if (target.openReports > 0) choices.push("dismissReports");
  }
  if (target.status === "UNPUBLISHED") choices.push("restore");

  return choices;
}
