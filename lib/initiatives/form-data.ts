import { locales } from "@/lib/i18n/routing";
import { isChosenFile } from "@/lib/images/chosen-file";
import { INITIATIVE_LIMITS as LIMITS } from "./form-limits";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);

  return typeof value === "string" ? value : "";
}

function chosenFile(formData: FormData, name: string): File | undefined {
  const value = formData.get(name);

  return isChosenFile(value) ? value : undefined;
}

const indices = (count: number) => Array.from({ length: count }, (_, index) => index);

function readImages(formData: FormData) {
  const images = indices(LIMITS.images)
    .filter((index) => formData.has(`images.${index}.alt`))
    .map((index) => ({
      file: chosenFile(formData, `images.${index}.file`),
      alt: text(formData, `images.${index}.alt`),
    }));
  const existingImages = indices(LIMITS.images)
    .filter((index) => formData.has(`existingImages.${index}.path`))
    .map((index) => ({
      path: text(formData, `existingImages.${index}.path`),
      alt: text(formData, `existingImages.${index}.alt`),
      remove: formData.has(`existingImages.${index}.remove`),
    }));

  return { images, existingImages };
}

/**
 * The initiative form's fields as the schema expects them, in the browser
 * and on the server. Inputs are named after the schema's paths, so an
 * error's path is also the name of the input it belongs to.
 */
export function readInitiativeForm(formData: FormData) {
  const translations = Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        title: text(formData, `translations.${locale}.title`),
        summary: text(formData, `translations.${locale}.summary`),
        description: text(formData, `translations.${locale}.description`),
      },
    ]),
  );

  return {
    intent: text(formData, "intent"),
    organisationId: text(formData, "organisationId"),
    clientToken: text(formData, "clientToken"),
    initiativeId: text(formData, "initiativeId"),
    translations,
    regionCode: text(formData, "regionCode"),
    otherRegions: formData.getAll("otherRegions").filter((code) => typeof code === "string"),
    city: text(formData, "city"),
    themes: formData.getAll("themes").filter((slug) => typeof slug === "string"),
    startDate: text(formData, "startDate"),
    endDate: text(formData, "endDate"),
    links: indices(LIMITS.links).map((index) => text(formData, `links.${index}`)),
    ...readImages(formData),
  };
}
