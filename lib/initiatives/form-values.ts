import type { InitiativeContent } from "./content";

/** The form's fields by input name, as the server echoes them after a refusal. */
export type FormValues = Record<string, string | string[]>;

export function textValue(values: FormValues, name: string): string {
  const value = values[name];

  return typeof value === "string" ? value : (value?.[0] ?? "");
}

export function listValue(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];

  return Array.isArray(value) ? value : [value];
}

/** Saved content as the form's initial values, named like the inputs. */
export function valuesOfContent(content: InitiativeContent): FormValues {
  const values: FormValues = {
    regionCode: content.regionCode ?? "",
    otherRegions: content.regionCodes.filter((code) => code !== content.regionCode),
    city: content.city ?? "",
    themes: content.themeSlugs,
    startDate: content.startDate ?? "",
    endDate: content.endDate ?? "",
  };

  for (const { locale, title, summary, description } of content.translations) {
    values[`translations.${locale}.title`] = title;
    values[`translations.${locale}.summary`] = summary ?? "";
    values[`translations.${locale}.description`] = description ?? "";
  }
  content.links.forEach((link, index) => (values[`links.${index}`] = link.url));
  content.images.forEach((image, index) => {
    values[`existingImages.${index}.path`] = image.path;
    values[`existingImages.${index}.alt`] = image.altText;
  });

  return values;
}
