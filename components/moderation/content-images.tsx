import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ContentImage } from "@/lib/initiatives/content";
import { mediaUrl } from "@/lib/images/media-url";

type Mark = "added" | "removed" | null;

const MARK_CLASS = {
  added: "rounded-lg p-1 ring-2 ring-green-700",
  removed: "rounded-lg p-1 opacity-70 ring-2 ring-terracotta",
  none: "p-1",
};

type Props = { locale: AppLocale; images: ContentImage[]; markOf?: (image: ContentImage) => Mark };

/**
 * The images with their alternative texts shown in words: a moderator checks
 * both. Pending images are private; the media route lets moderators see them.
 */
export async function ContentImages({ locale, images, markOf }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const languages = await getTranslations({ locale, namespace: "LanguageNames" });

  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {images.map((image) => {
        const mark = markOf?.(image) ?? null;

        return (
          <li key={image.path} className={MARK_CLASS[mark ?? "none"]}>
            <figure className="space-y-1">
              <img
                src={mediaUrl(image.path)}
                width={image.width}
                height={image.height}
                alt={image.altText}
                lang={image.altLocale}
                loading="lazy"
                className="h-auto w-full rounded-md bg-sand-100 object-cover"
              />
              <figcaption className="text-sm">
                {mark ? <span className="font-semibold">{t(`change.${mark}`)} · </span> : null}
                <span className="text-ink-soft">
                  {t("altText", { language: languages(image.altLocale) })}
                </span>{" "}
                <bdi lang={image.altLocale}>{image.altText}</bdi>
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
