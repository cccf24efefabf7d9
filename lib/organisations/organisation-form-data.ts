import { isChosenFile } from "@/lib/images/chosen-file";
import { locales } from "@/lib/i18n/routing";

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);

  return typeof value === "string" ? value : undefined;
}

// An empty file that was really chosen is kept, so it is refused as empty
// rather than silently dropped.
function chosenFile(formData: FormData, name: string): File | undefined {
  const value = formData.get(name);

  return isChosenFile(value) ? value : undefined;
}

/**
 * The organisation form's fields as the schema expects them. Inputs are named
 * after the schema's paths ("translations.ar.name"), so an error's path is
 * also the id of the input it belongs to.
 */
export function readOrganisationForm(formData: FormData) {
  const translations = Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        name: text(formData, `translations.${locale}.name`),
        description: text(formData, `translations.${locale}.description`),
      },
    ]),
  );

  return {
    translations,
    kind: text(formData, "kind") || undefined,
    regionCode: text(formData, "regionCode") || undefined,
    city: text(formData, "city"),
    website: text(formData, "website"),
    socialLinks: formData.getAll("socialLinks").filter((link) => typeof link === "string"),
    clientToken: text(formData, "clientToken"),
    logo: chosenFile(formData, "logo"),
    removeLogo: text(formData, "removeLogo"),
    organisationId: text(formData, "organisationId"),
  };
}
