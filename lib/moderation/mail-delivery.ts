import "server-only";
import { log, maskEmail } from "@/lib/log";
import type { OutgoingMail } from "@/lib/mail/transport";
import { deliver } from "@/lib/mail/transport";

type Recipient = { email: string; locale: "fr" | "ar" | "en" };

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

async function mailEach<R extends Recipient>(
  recipients: R[],
  compose: (recipient: R) => Promise<OutgoingMail>,
  kind: string,
) {
  await Promise.all(
    recipients.map(async (recipient) => {
      try {
        await deliver(await compose(recipient));
      } catch (error) {
        const context = { err: loggable(error), to: maskEmail(recipient.email), kind };
        log.error(context, "decision mail failed");
      }
    }),
  );
}

/**
 * Mails each recipient, in the background: the decision is already
 * recorded, and a mail server that fails or is slow must not change that.
 * Failures are logged, one line per recipient.
 */
export function mailInBackground<R extends Recipient>(
  recipients: () => Promise<R[]>,
  compose: (recipient: R) => Promise<OutgoingMail>,
  kind: string,
) {
  const sending = recipients()
    .then((list) => mailEach(list, compose, kind))
    .catch((error: unknown) => log.error({ err: loggable(error) }, "decision mails failed"))
    .finally(() => pending.delete(sending));

  pending.add(sending);
}

/** Resolves once every decision mail started so far has been sent or has failed. */
export async function decisionMailsSent(): Promise<void> {
  await Promise.all([...pending]);
}
