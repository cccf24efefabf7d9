import "server-only";
import { regionName, themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import { mediaUrl } from "@/lib/images/media-url";
import { listRegions } from "@/lib/regions/queries";
import { listThemes } from "@/lib/themes/queries";
import type { InitiativeContent } from "./content";

/** Regions and themes as the form offers them, named in the page's language. */
export async function initiativeFormChoices(locale: AppLocale) {
  const [regions, themes] = await Promise.all([listRegions(), listThemes()]);

  return {
    regions: regions.map((region) => ({ value: region.code, label: regionName(region, locale) })),
    themes: themes.map((theme) => ({ value: theme.slug, label: themeLabel(theme, locale) })),
  };
}

/** The stored images of the content, with the address the media route serves them at. */
export function savedImagesOf(content: InitiativeContent) {
  return content.images.map((image) => ({
    path: image.path,
    url: mediaUrl(image.path),
    width: image.width,
    height: image.height,
    alt: image.altText,
  }));
}
