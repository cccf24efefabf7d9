import "server-only";
import { createTranslator } from "next-intl";
import { directionOf, type AppLocale } from "@/lib/i18n/routing";
import { escapeHtml } from "./escape-html";
import type { OutgoingMail } from "./transport";

export type MailKind =
  | "verifyEmail"
  | "resetPassword"
  | "changeEmail"
  | "invitation"
  | "accountExists"
  | "decisionApproved"
  | "decisionChangesRequested"
  | "decisionRejected"
  | "decisionUnpublished"
  | "decisionRestored"
  | "profileApproved"
  | "profileChangesRequested"
  | "profileRejected";

type Values = Record<string, string>;

async function translatorFor(locale: AppLocale) {
  const messages = (await import(`../../messages/${locale}.json`)).default;

  return createTranslator({ locale, messages, namespace: "Mail" });
}

// A text a person typed (a moderator's message), under the kind's `quote`
// label: kept as written, line breaks included, in its own direction.
function quoteParts(label: string, quote: string) {
  return {
    text: `${label}\n${quote}`,
    html:
      `<p>${escapeHtml(label)}</p>` +
      `<blockquote dir="auto" style="white-space:pre-line">${escapeHtml(quote)}</blockquote>`,
  };
}

/**
 * A mail in the recipient's language: a plain-text part and a simple HTML
 * part with the same words. Values (names, organisation titles) and the
 * quote are escaped in the HTML, since users typed them.
 */
export async function composeMail(
  locale: AppLocale,
  kind: MailKind,
  to: string,
  link: string,
  values: Values = {},
  quote?: string,
): Promise<OutgoingMail> {
  const t = await translatorFor(locale);
  const subject = t(`${kind}.subject`, values);
  const intro = t(`${kind}.intro`, values);
  const action = t(`${kind}.action`, values);
  const outro = t(`${kind}.outro`, values);
  const signature = t("signature");
  const quoted = quote ? [quoteParts(t(`${kind}.quote`), quote)] : [];

  const linkLine = t("linkLine", { action, link });
  const paragraphs = [intro, ...quoted.map((part) => part.text), linkLine, outro];
  const text = [...paragraphs, signature].join("\n\n");
  const dir = directionOf(locale);
  const html = [
    `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif">`,
    `<p>${escapeHtml(intro)}</p>`,
    ...quoted.map((part) => part.html),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    `<p>${escapeHtml(signature)}</p>`,
    "</body></html>",
  ].join("");

  return { to, subject, text, html, link };
}
