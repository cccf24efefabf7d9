import { describe, expect, it } from "vitest";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { readInitiativeForm } from "@/lib/initiatives/form-data";
import { updateInitiativeSchema } from "@/lib/initiatives/form-schema";
import { IMAGE_MAX_BYTES } from "@/lib/images/limits";

function errorsOf(fields: Record<string, string | string[] | File>) {
  const formData = new FormData();
  formData.set("initiativeId", "abc");
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  }
  const parsed = updateInitiativeSchema.safeParse(readInitiativeForm(formData));

  return parsed.success ? {} : fieldErrorKeys(parsed.error);
}

const complete = {
  "translations.ar.title": "حديقة مشتركة",
  "translations.ar.summary": "بستان جماعي",
  "translations.ar.description": "كل سبت يزرع السكان ويتقاسمون المحصول.",
  regionCode: "MA-07",
  themes: "agriculture",
  startDate: "2026-03-21",
};

describe("initiative form schema", () => {
  it("accepts a draft with only a title in one language", () => {
    expect(errorsOf({ intent: "draft", "translations.en.title": "Shared garden" })).toEqual({});
  });

  it("asks a draft for at least one title", () => {
    expect(errorsOf({ intent: "draft" })).toEqual({ translations: "initiativeTitleNeeded" });
  });

  it("accepts a submission with one complete language", () => {
    expect(errorsOf({ ...complete, intent: "submit" })).toEqual({});
  });

  it("puts errors on the missing fields of a partly filled language", () => {
    const errors = errorsOf({
      ...complete,
      intent: "submit",
      "translations.fr.summary": "Un potager",
    });

    expect(errors).toEqual({
      "translations.fr.title": "initiativeTitleRequired",
      "translations.fr.description": "initiativeDescriptionRequired",
    });
  });

  it("asks a submission for a region, a theme and a start date", () => {
    const errors = errorsOf({
      ...complete,
      intent: "submit",
      regionCode: "",
      themes: [],
      startDate: "",
    });

    expect(errors).toEqual({
      regionCode: "initiativeRegionRequired",
      themes: "initiativeThemesRequired",
      startDate: "initiativeStartRequired",
    });
  });

  it("refuses an end date before the start date, and an impossible date", () => {
    expect(errorsOf({ ...complete, intent: "submit", endDate: "2026-03-20" })).toEqual({
      endDate: "initiativeEndBeforeStart",
    });
    expect(errorsOf({ ...complete, intent: "draft", startDate: "2026-02-30" })).toEqual({
      startDate: "initiativeDateInvalid",
    });
  });

  it("reads a bare domain as https and refuses other schemes", () => {
    const errors = errorsOf({
      ...complete,
      intent: "draft",
      "links.0": "association.ma",
      "links.1": "javascript:alert(1)",
    });

    expect(errors).toEqual({ "links.1": "initiativeLinkInvalid" });
  });

  it("refuses a title over 160 characters", () => {
    const errors = errorsOf({
      ...complete,
      intent: "draft",
      "translations.ar.title": "x".repeat(161),
    });

    expect(errors).toEqual({ "translations.ar.title": "initiativeTitleTooLong" });
  });

  it("asks alt text for a chosen image, and refuses one over 5 MB", () => {
    const small = new File([new Uint8Array(10)], "a.jpg");
    const large = new File([new Uint8Array(IMAGE_MAX_BYTES + 1)], "b.jpg");
    const errors = errorsOf({
      ...complete,
      intent: "draft",
      "images.0.file": small,
      "images.0.alt": "",
      "images.1.file": large,
      "images.1.alt": "Grande",
    });

    expect(errors).toEqual({
      "images.0.alt": "initiativeAltRequired",
      "images.1.file": "imageTooLarge",
    });
  });

  it("does not ask alt text of an image being removed", () => {
    const errors = errorsOf({
      ...complete,
      intent: "draft",
      "existingImages.0.path": "a.webp",
      "existingImages.0.alt": "",
      "existingImages.0.remove": "on",
    });

    expect(errors).toEqual({});
  });

  it("counts a file input left empty as no image, as a server action receives it", () => {
    const errors = errorsOf({
      ...complete,
      intent: "draft",
      "images.0.file": new File([], "undefined"),
      "images.0.alt": "",
      "images.1.file": new File([], ""),
      "images.1.alt": "",
    });

    expect(errors).toEqual({});
  });
});
