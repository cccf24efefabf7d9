import { z } from "zod";
import type { SavedInitiative } from "./saved-initiative";

export const SAVED_OUTCOMES = [
  "draft",
  "submitted",
  "revisionDraft",
  "revisionSubmitted",
  "withdrawn",
] as const;

/** The `saved` search parameter of the edit page, read with zod (anything else: none). */
export const savedOutcomeParam = z.enum(SAVED_OUTCOMES).optional().catch(undefined);

export type SavedOutcome = (typeof SAVED_OUTCOMES)[number];

export function savedOutcome(saved: SavedInitiative): SavedOutcome {
  if (saved.revisionStatus === "PENDING_REVIEW") return "revisionSubmitted";
  if (saved.revisionStatus) return "revisionDraft";

  return saved.status === "PENDING_REVIEW" ? "submitted" : "draft";
}
