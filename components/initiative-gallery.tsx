import { mediaUrl } from "@/lib/images/media-url";
import { directionOf } from "@/lib/i18n/routing";

type Image = {
  id: string;
  path: string;
  width: number;
  height: number;
  altText: string;
  altLocale: "fr" | "ar" | "en";
};

type Props = { images: Image[]; label: string };

/**
 * The photos of a published initiative. Sizes are given so the page does not
 * jump while they load on a slow connection; below the first, they load lazily.
 * Each alt text is marked in the language it was written in.
 */
export function InitiativeGallery({ images, label }: Props) {
  if (images.length === 0) return null;

  return (
    <section aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {images.map((image, index) => (
        <img
          key={image.id}
          src={mediaUrl(image.path)}
          alt={image.altText}
          lang={image.altLocale}
          dir={directionOf(image.altLocale)}
          width={image.width}
          height={image.height}
          loading={index === 0 ? "eager" : "lazy"}
          decoding="async"
          className="h-auto w-full rounded-xl bg-sand-100 object-cover"
        />
      ))}
    </section>
  );
}
