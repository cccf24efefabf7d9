import { decodeSlug } from "@/lib/i18n/paths";

const MAX_PATH_LENGTH = 32;

/**
 * A short readable label for a bare link: the site's name and the start of
 * the path ("telquel.ma/2016/06/14/zero-mika…"), instead of a full address
 * that runs over several lines on a phone.
 */
export function linkLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }

  const host = parsed.hostname.replace(/^www\./, "");
  const path = decodeSlug(parsed.pathname).replace(/\/$/, "");
  if (!path) return host;

  const shortPath = path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path;

  return `${host}${shortPath}`;
}
