import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { readOrganisationForm } from "@/lib/organisations/organisation-form-data";
import { createOrganisationSchema } from "@/lib/organisations/organisation-schema";

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  const all = {
    "translations.fr.name": "Association Oasis",
    kind: "ASSOCIATION",
    regionCode: "MA-01",
    clientToken: randomUUID(),
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) {
    for (const item of [value].flat()) data.append(name, item);
  }

  return data;
}

function parse(fields: Record<string, string | string[]>) {
  return createOrganisationSchema.safeParse(readOrganisationForm(form(fields)));
}

function errors(fields: Record<string, string | string[]>) {
  const parsed = parse(fields);

  return parsed.success ? {} : fieldErrorKeys(parsed.error);
}

describe("organisation form schema", () => {
  it("accepts a name in one language and leaves the rest empty", () => {
    const parsed = parse({ city: "  ", website: "" });

    expect(parsed.success && parsed.data).toMatchObject({
      translations: { fr: { name: "Association Oasis" }, ar: { name: undefined } },
      city: undefined,
      website: undefined,
      socialLinks: [],
    });
  });

  it("asks for a name in at least one language", () => {
    expect(errors({ "translations.fr.name": " " })).toEqual({
      translations: "organisationNameRequired",
    });
  });

  it("asks for the name of a language whose description is filled in", () => {
    expect(errors({ "translations.ar.description": "وصف" })).toEqual({
      "translations.ar.name": "organisationNameForDescription",
    });
  });

  it("reads a web address typed without https as https", () => {
    const parsed = parse({ website: "www.oasis.ma" });

    expect(parsed.success && parsed.data.website).toBe("https://www.oasis.ma");
  });

  it.each(["javascript:alert(1)", "ftp://files.example.org", "http://localhost", "mailto:a@b.ma"])(
    "refuses the address %s",
    (website) => {
      expect(errors({ website })).toEqual({ website: "organisationLinkInvalid" });
    },
  );

  it("names the social link that is wrong, counting empty inputs", () => {
    const socialLinks = ["https://facebook.com/oasis", "", "javascript:void(0)", "", ""];

    expect(errors({ socialLinks })).toEqual({ "socialLinks.2": "organisationLinkInvalid" });
    const parsed = parse({ socialLinks: socialLinks.slice(0, 2) });
    expect(parsed.success && parsed.data.socialLinks).toEqual(["https://facebook.com/oasis"]);
  });

  it("refuses more than five social links", () => {
    const socialLinks = Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`);

    expect(errors({ socialLinks })).toEqual({ socialLinks: "organisationTooManyLinks" });
  });

  it("keeps every field within its length limit", () => {
    expect(
      errors({
        "translations.fr.name": "n".repeat(121),
        "translations.fr.description": "d".repeat(2001),
        city: "c".repeat(81),
        website: `https://example.org/${"p".repeat(300)}`,
      }),
    ).toEqual({
      "translations.fr.name": "organisationNameTooLong",
      "translations.fr.description": "organisationDescriptionTooLong",
      city: "organisationCityTooLong",
      website: "organisationLinkTooLong",
    });
  });

  it("asks for a kind and one of the 12 regions", () => {
    expect(errors({ kind: "", regionCode: "MA-13" })).toEqual({
      kind: "organisationKindRequired",
      regionCode: "organisationRegionRequired",
    });
  });
});
