import { pickField } from "@/lib/content/pick-language";
import { isolate } from "@/lib/i18n/bidi";
import { initiativePath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeContent } from "@/lib/initiatives/content";
import type { MailKind } from "@/lib/mail/compose";

export type DecisionMailKind =
  "approved" | "changesRequested" | "rejected" | "unpublished" | "restored";

export const MAIL_KIND_OF = {
  approved: "decisionApproved",
  changesRequested: "decisionChangesRequested",
  rejected: "decisionRejected",
  unpublished: "decisionUnpublished",
  restored: "decisionRestored",
} as const satisfies Record<DecisionMailKind, MailKind>;

type Target = { id: string; slug: string };

/**
 * Where the mail sends the association: the public page once it is online,
 * the edit form when something must change, else My space.
 */
export function mailPath(kind: DecisionMailKind, initiative: Target): string {
  if (kind === "approved" || kind === "restored") return initiativePath(initiative.slug);
  if (kind === "changesRequested") return `/my-space/initiatives/${initiative.id}/edit`;

  return "/my-space";
}

/** The initiative's title in the reader's language when written, else its original one. */
export function mailTitle(content: InitiativeContent, locale: AppLocale): string {
  const title = pickField(content.translations, "title", locale, content.originalLocale);

  return isolate(title?.text ?? "");
}
