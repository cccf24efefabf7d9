import type { InitiativeStatus, RevisionStatus } from "@/lib/generated/prisma/enums";

/** What a save answers: the initiative, and the revision when it was an edit of a published one. */
export type SavedInitiative = {
  id: string;
  status: InitiativeStatus;
  revisionStatus: RevisionStatus | null;
};
