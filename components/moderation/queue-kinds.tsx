import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  QUEUE_KINDS,
  queueHref,
  type QueueKind,
  type QueueParams,
} from "@/lib/moderation/queue-params";

type Props = { locale: AppLocale; params: QueueParams; counts: Record<QueueKind, number> };

/** How many items of each kind wait; each count is a link that shows only that kind. */
export async function QueueKinds({ locale, params, counts }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });
  const format = await getFormatter({ locale });
  const total = QUEUE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const choices = [
    { kind: undefined, label: t("all"), count: total },
    ...QUEUE_KINDS.map((kind) => ({ kind, label: t(`kindPlural.${kind}`), count: counts[kind] })),
  ];

  return (
    <nav aria-label={t("kinds")}>
      <ul className="flex flex-wrap gap-2">
        {choices.map(({ kind, label, count }) => (
          <li key={kind ?? "all"}>
            <Link
              href={queueHref({ ...params, kind, page: 1 })}
              aria-current={params.kind === kind ? "page" : undefined}
              className={clsx(
                "inline-flex min-h-11 items-center gap-2 rounded-full px-4 py-2 font-semibold",
                "bg-white text-green-900 ring-1 ring-sand-200 hover:ring-green-700",
                "aria-[current]:bg-green-800 aria-[current]:text-white",
                "aria-[current]:ring-green-800",
              )}
            >
              {label}
              <span className="rounded-full bg-sand-100 px-2 text-sm text-ink">
                {format.number(count, { numberingSystem: "latn" })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
