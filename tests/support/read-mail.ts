import type { CaughtMail } from "./mail-catcher.mjs";

/**
 * The mails received so far for an address, newest last, read from the test
 * SMTP server. Waits up to `timeoutMs` for at least `count` of them.
 */
export async function mailsTo(
  readerUrl: string,
  address: string,
  { count = 1, timeoutMs = 10_000 } = {},
): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const response = await fetch(`${readerUrl}/messages?to=${encodeURIComponent(address)}`);
    const mails = (await response.json()) as CaughtMail[];
    if (mails.length >= count || Date.now() > deadline) return mails;

    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link to this site in a mail's plain-text part. */
export function linkIn(mail: CaughtMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text);
  if (!match) throw new Error(`No link in the mail "${mail.subject}"`);

  return match[0];
}
