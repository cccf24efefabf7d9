import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { queueHref } from "@/lib/moderation/queue-params";

type Props = { locale: AppLocale; filtered: boolean };

/** An empty queue says whether the filters hide items, and where to go next. */
export async function QueueEmpty({ locale, filtered }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationQueue" });

  return (
    <section
      aria-labelledby="queue-empty"
      className="space-y-3 rounded-xl bg-white p-6 text-center ring-1 ring-sand-200 sm:p-10"
    >
      <h2 id="queue-empty" className="text-xl font-bold text-green-900">
        {filtered ? t("noMatchTitle") : t("emptyTitle")}
      </h2>
      <p className="mx-auto max-w-prose text-ink-soft">
        {filtered ? t("noMatchText") : t("emptyText")}
      </p>
      <Link
        href={filtered ? queueHref({}) : "/moderation/log"}
        className="inline-flex min-h-11 items-center font-semibold text-green-800 underline"
      >
        {filtered ? t("clear") : t("emptyLog")}
      </Link>
    </section>
  );
}
