import type { AppLocale } from "./routing";

type Names = { nameFr: string; nameAr: string; nameEn: string };
type Labels = { labelFr: string; labelAr: string; labelEn: string };
type Descriptions = { descriptionFr: string; descriptionAr: string; descriptionEn: string };

// Regions and themes are reference data with every language filled in, so
// they are read straight from their columns.

export function regionName(region: Names, locale: AppLocale): string {
  return { fr: region.nameFr, ar: region.nameAr, en: region.nameEn }[locale];
}

export function themeLabel(theme: Labels, locale: AppLocale): string {
  return { fr: theme.labelFr, ar: theme.labelAr, en: theme.labelEn }[locale];
}

export function themeDescription(theme: Descriptions, locale: AppLocale): string {
  return { fr: theme.descriptionFr, ar: theme.descriptionAr, en: theme.descriptionEn }[locale];
}
