import { describe, expect, it } from "vitest";
import { readOrganisationForm } from "@/lib/organisations/organisation-form-data";

function formWithLogo(logo: File): FormData {
  const form = new FormData();
  form.set("logo", logo);

  return form;
}

describe("readOrganisationForm", () => {
  it("keeps an empty file someone chose, so it is refused as empty", () => {
    const logo = new File([], "empty.jpg", { type: "image/jpeg" });

    expect(readOrganisationForm(formWithLogo(logo)).logo?.name).toBe("empty.jpg");
  });

  it("reads a file input left empty as no logo", () => {
    const nothing = new File([], "", { type: "application/octet-stream" });

    expect(readOrganisationForm(formWithLogo(nothing)).logo).toBeUndefined();
  });
});
