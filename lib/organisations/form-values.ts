import type { AppLocale } from "@/lib/i18n/routing";

type Saved = {
  kind: string;
  regionCode: string | null;
  city: string | null;
  website: string | null;
  socialLinks: string[];
  translations: { locale: AppLocale; name: string; description: string | null }[];
};

/** A saved organisation as the form's fields, named as the form names them. */
export function organisationFormValues(saved: Saved): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    kind: saved.kind,
    regionCode: saved.regionCode ?? "",
    city: saved.city ?? "",
    website: saved.website ?? "",
    socialLinks: saved.socialLinks,
  };

  for (const { locale, name, description } of saved.translations) {
    values[`translations.${locale}.name`] = name;
    values[`translations.${locale}.description`] = description ?? "";
  }

  return values;
}
