import "server-only";
// The core of next-intl, without React: `npm run moderation:digest` runs this
// in plain Node, where next-intl's main entry cannot load under the
// react-server condition that server-only modules need.
import { createTranslator } from "use-intl/core";
import { directionOf, type AppLocale } from "@/lib/i18n/routing";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/transport";
import { siteUrl } from "@/lib/site-url";
import type { OverdueItems } from "./overdue-items";
import { QUEUE_KINDS } from "./queue-params";

const HOUR = 60 * 60 * 1000;

type Digest = { to: string; locale: AppLocale; overdue: OverdueItems; hours: number; now: Date };

async function translatorFor(locale: AppLocale) {
  const messages = (await import(`../../messages/${locale}.json`)).default;

  return createTranslator({ locale, messages });
}

type Translator = Awaited<ReturnType<typeof translatorFor>>;

// Under two days, in hours; beyond, in whole days.
function longestWait(t: Translator, oldest: Date, now: Date): string {
  const hours = Math.max(1, Math.floor((now.getTime() - oldest.getTime()) / HOUR));

  return hours < 48
    ? t("ModerationDigestMail.longestHours", { hours })
    : t("ModerationDigestMail.longestDays", { days: Math.floor(hours / 24) });
}

/** The digest in the moderator's language: counts per kind, the longest wait, the queue. */
export async function composeDigestMail({ to, locale, overdue, hours, now }: Digest) {
  const t = await translatorFor(locale);
  const subject = t("ModerationDigestMail.subject", { count: overdue.total });
  const intro = t("ModerationDigestMail.intro", { hours });
  const lines = QUEUE_KINDS.filter((kind) => overdue.counts[kind] > 0).map((kind) =>
    t(`ModerationDigestMail.${kind}`, { count: overdue.counts[kind] }),
  );
  const longest = longestWait(t, overdue.oldest, now);
  const action = t("ModerationDigestMail.action");
  const outro = t("ModerationDigestMail.outro", { hours });
  const signature = t("Mail.signature");
  const link = `${siteUrl()}/${locale}/moderation`;

  const list = lines.map((line) => `- ${line}`).join("\n");
  const text = [intro, list, longest, `${action}: ${link}`, outro, signature].join("\n\n");
  const html = [
    `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}">`,
    '<body style="font-family:sans-serif">',
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    `<p>${escapeHtml(longest)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    `<p>${escapeHtml(signature)}</p>`,
    "</body></html>",
  ].join("");

  return { to, subject, text, html, link } satisfies OutgoingMail;
}
