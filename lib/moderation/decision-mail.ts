import "server-only";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeContent } from "@/lib/initiatives/content";
import { log, maskEmail } from "@/lib/log";
import { composeMail } from "@/lib/mail/compose";
import { deliver } from "@/lib/mail/transport";
import { siteUrl } from "@/lib/site-url";
import { MAIL_KIND_OF, mailPath, mailTitle, type DecisionMailKind } from "./decision-mail-parts";
import { reasonLabel } from "./reason-label";

export type Announcement = {
  initiativeId: string;
  kind: DecisionMailKind;
  /** True for a decision on an edit of a published initiative. */
  edit: boolean;
  reasonCode: string | null;
  message: string | null;
  /** The decided version, for its title. */
  content: InitiativeContent;
};

type Recipient = { email: string; locale: AppLocale };

const pending = new Set<Promise<void>>();

const ADDRESS = /[^\s<>"'@]+@[^\s<>"']*/g;

const masked = (text = "") => text.replace(ADDRESS, (address) => maskEmail(address));

// A mail server's refusal lists, and its reply may quote, the addresses it
// refused: the log keeps what an operator needs, with every address masked.
function loggable(error: unknown) {
  if (!(error instanceof Error)) return { message: masked(String(error)) };

  const { code, responseCode } = error as Error & { code?: string; responseCode?: number };

  return {
    type: error.name,
    message: masked(error.message),
    code,
    responseCode,
    stack: masked(error.stack),
  };
}

async function mailTo(recipient: Recipient, announcement: Announcement, slug: string) {
  const { locale, email } = recipient;
  const { kind, reasonCode, message, content } = announcement;
  const link = `${siteUrl()}/${locale}${mailPath(kind, { id: announcement.initiativeId, slug })}`;
  const values = {
    title: mailTitle(content, locale),
    version: announcement.edit ? "edit" : "new",
    reason: reasonCode ? await reasonLabel(locale, reasonCode) : "",
  };

  await deliver(await composeMail(locale, MAIL_KIND_OF[kind], email, link, values, message ?? ""));
}

async function sendAll(announcement: Announcement) {
  const initiative = await db.initiative.findUniqueOrThrow({
    where: { id: announcement.initiativeId },
    select: {
      slug: true,
      organisation: {
        select: { memberships: { select: { user: { select: { email: true, locale: true } } } } },
      },
    },
  });
  const recipients = initiative.organisation.memberships.map(({ user }) => user);

  await Promise.all(
    recipients.map((recipient) =>
      mailTo(recipient, announcement, initiative.slug).catch((error: unknown) => {
        const to = maskEmail(recipient.email);
        const context = { err: loggable(error), to, kind: announcement.kind };
        log.error(context, "decision mail failed");
      }),
    ),
  );
}

/**
 * Tells every member of the organisation (owners and editors), each in their
 * own language, in the background: the decision is already recorded, and a
 * mail server that fails or is slow must not change that. Failures are logged.
 */
export function announceDecision(announcement: Announcement) {
  const sending = sendAll(announcement)
    .catch((error: unknown) => log.error({ err: loggable(error) }, "decision mails failed"))
    .finally(() => pending.delete(sending));

  pending.add(sending);
}

/** Resolves once every decision mail started so far has been sent or has failed. */
export async function decisionMailsSent(): Promise<void> {
  await Promise.all([...pending]);
}
