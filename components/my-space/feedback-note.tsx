import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Feedback } from "@/lib/organisations/initiative-groups";
import { DAY } from "./day";

type Props = { feedback: Feedback; locale: AppLocale };

/**
 * The moderator's explanation: of a request for changes, a refusal or an
 * unpublication, or of what happened to the latest edit of a public one.
 */
export async function FeedbackNote({ feedback, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "MySpace" });
  const reasons = await getTranslations({ locale, namespace: "ModerationReason" });
  const format = await getFormatter({ locale });
  const code = feedback.action === "REQUEST_CHANGES" ? null : feedback.reasonCode;
  const reason = code
    ? reasons.has(code as never)
      ? reasons(code as never)
      : reasons("other")
    : null;

  return (
    <div className="space-y-1 rounded-md border-s-4 border-terracotta bg-white p-3 text-[0.95rem]">
      {feedback.edit ? (
        <p className="font-semibold">
          {t(feedback.action === "REJECT" ? "editRefused" : "editSentBack")}
        </p>
      ) : null}
      {reason ? <p className="font-semibold">{t("rejectionReason", { reason })}</p> : null}
      {feedback.message ? (
        <figure>
          <figcaption className="font-semibold">
            {t("moderatorMessage")}{" "}
            <span className="font-normal text-ink-soft">
              ({format.dateTime(feedback.createdAt, DAY)})
            </span>
          </figcaption>
          <blockquote dir="auto" className="whitespace-pre-line">
            {feedback.message}
          </blockquote>
        </figure>
      ) : null}
    </div>
  );
}
