import { mediaUrl } from "@/lib/images/media-url";

/**
 * One side of a logo's comparison. A proposed logo is private until
 * approved; the media route shows it to the moderators who review it.
 */
export function LogoSide({ path, alt }: { path: string; alt: string }) {
  return (
    <img
      src={mediaUrl(path)}
      alt={alt}
      width={96}
      height={96}
      loading="lazy"
      className="size-24 rounded-md border border-sand-200 bg-white object-contain"
    />
  );
}
