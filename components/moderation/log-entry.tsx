import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { langAttributes } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { LogEntry as Entry } from "@/lib/moderation/log";
import { reviewHref } from "@/lib/moderation/queue-params";
import { DAY, DAY_TIME } from "./formats";
import { moderationReasonLabel } from "./reason-label";

type Props = { locale: AppLocale; entry: Entry };

/** One line of the log: when, who, which initiative and version, what, and why. */
export async function LogEntry({ locale, entry }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationLog" });
  const statuses = await getTranslations({ locale, namespace: "ModerationReview" });
  const format = await getFormatter({ locale });
  const reason = entry.reasonCode ? await moderationReasonLabel(locale, entry.reasonCode) : null;
  const version = [
    entry.submittedAt ? t("version", { date: format.dateTime(entry.submittedAt, DAY) }) : null,
    entry.revisionNumber ? t("revision", { number: entry.revisionNumber }) : null,
  ].flatMap((part) => part ?? []);
  const { fromStatus, toStatus } = entry;
  // A profile edit moves no initiative between statuses: the line says what it was about.
  const change =
    fromStatus && toStatus
      ? t("statusChange", {
          from: statuses(`status.${fromStatus}`),
          to: statuses(`status.${toStatus}`),
        })
      : t("profileEdit");
  const href = entry.organisationId
    ? reviewHref("profile", entry.organisationId)
    : reviewHref("edit", entry.initiativeId ?? "");

  return (
    <li
      className={clsx(
        "grid gap-x-6 gap-y-1 border-b border-sand-200 py-4",
        "md:grid-cols-[11rem_minmax(0,1fr)]",
      )}
    >
      <p className="text-sm text-ink-soft">
        <time dateTime={entry.createdAt.toISOString()}>
          {format.dateTime(entry.createdAt, DAY_TIME)}
        </time>
        <br />
        {t("by", { moderator: entry.moderator })}
      </p>
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">
          {t(`action.${entry.action}`)}
          {" · "}
          <Link href={href} className="text-green-800 underline" {...langAttributes(entry.title)}>
            {entry.title?.text ?? t("untitled")}
          </Link>
        </p>
        <p className="text-sm text-ink-soft">
          {change}
          {version.length > 0 ? ` · ${version.join(" · ")}` : null}
          {entry.reportsClosed > 0
            ? ` · ${t("reportsClosed", { count: entry.reportsClosed })}`
            : null}
        </p>
        {reason ? <p className="text-sm">{t("reason", { reason })}</p> : null}
        {entry.message ? (
          <blockquote
            dir="auto"
            className="whitespace-pre-line border-s-4 border-sand-200 ps-3 text-sm"
          >
            {entry.message}
          </blockquote>
        ) : null}
      </div>
    </li>
  );
}
