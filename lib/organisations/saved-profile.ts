/**
 * What saving the profile did: wrote it (an organisation not public yet),
 * sent it for review (a public one), or found nothing that differs from the
 * public profile.
 */
export type SavedProfile = { id: string; outcome: "saved" | "submitted" | "unchanged" };
