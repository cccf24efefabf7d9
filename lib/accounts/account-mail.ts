import "server-only";
import type { AppLocale } from "@/lib/i18n/routing";
import { log, maskEmail } from "@/lib/log";
import { composeMail, type MailKind } from "@/lib/mail/compose";
import { deliver } from "@/lib/mail/transport";
import { siteUrl } from "@/lib/site-url";

const pending = new Set<Promise<void>>();

/**
 * Sends a mail with a link to a page of the site, in the background: how long
 * a mail server takes must not tell a visitor whether an address has an
 * account. A failure is logged; the person can ask for the mail again.
 */
export function sendAccountMail(locale: AppLocale, kind: MailKind, to: string, path: string) {
  const link = `${siteUrl()}/${locale}${path}`;
  const sending = composeMail(locale, kind, to, link)
    .then(deliver)
    .catch((error: unknown) => log.error({ err: error, to: maskEmail(to), kind }, "mail failed"))
    .finally(() => pending.delete(sending));

  pending.add(sending);
}

/** Resolves once every mail started so far has been handed to the server or has failed. */
export async function accountMailsSent(): Promise<void> {
  await Promise.all([...pending]);
}
