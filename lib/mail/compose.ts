import "server-only";
import { createTranslator } from "next-intl";
import { directionOf, type AppLocale } from "@/lib/i18n/routing";
import type { OutgoingMail } from "./transport";

export type MailKind =
  "verifyEmail" | "resetPassword" | "changeEmail" | "invitation" | "accountExists";

type Values = Record<string, string>;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

async function translatorFor(locale: AppLocale) {
  const messages = (await import(`../../messages/${locale}.json`)).default;

  return createTranslator({ locale, messages, namespace: "Mail" });
}

/**
 * A mail in the recipient's language: a plain-text part and a simple HTML
 * part with the same words. Values (names, organisation titles) are escaped
 * in the HTML, since users typed them.
 */
export async function composeMail(
  locale: AppLocale,
  kind: MailKind,
  to: string,
  link: string,
  values: Values = {},
): Promise<OutgoingMail> {
  const t = await translatorFor(locale);
  const subject = t(`${kind}.subject`, values);
  const intro = t(`${kind}.intro`, values);
  const action = t(`${kind}.action`, values);
  const outro = t(`${kind}.outro`, values);
  const signature = t("signature");

  const text = [intro, `${action}: ${link}`, outro, signature].join("\n\n");
  const dir = directionOf(locale);
  const html = [
    `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif">`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    `<p>${escapeHtml(signature)}</p>`,
    "</body></html>",
  ].join("");

  return { to, subject, text, html, link };
}
