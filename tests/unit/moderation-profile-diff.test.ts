import { describe, expect, it } from "vitest";
import { diffProfile } from "@/lib/moderation/profile-diff";
import type { OrganisationContent } from "@/lib/organisations/content";

const profile = (overrides: Partial<OrganisationContent> = {}): OrganisationContent => ({
  originalLocale: "fr",
  translations: [{ locale: "fr", name: "Association Oasis", description: "Jardins partagés." }],
  kind: "ASSOCIATION",
  regionCode: "MA-07",
  city: "Marrakech",
  website: null,
  socialLinks: [],
  logoPath: null,
  ...overrides,
});

const changes = (before: OrganisationContent, after: OrganisationContent) =>
  diffProfile(before, after)
    .filter((diff) => diff.change !== "unchanged")
    .map((diff) => [
      diff.kind === "text" ? `${diff.field}.${diff.locale}` : diff.field,
      diff.change,
    ]);

describe("diffProfile", () => {
  it("finds nothing changed in the same profile, and leaves out fields empty on both sides", () => {
    const fields = diffProfile(profile(), profile()).map((diff) => diff.field);

    expect(changes(profile(), profile())).toEqual([]);
    expect(fields).toEqual(["name", "description", "originalLocale", "kind", "region", "city"]);
  });

  it("compares names word by word, language by language", () => {
    const after = profile({
      translations: [
        { locale: "fr", name: "Association Oasis Verte", description: "Jardins partagés." },
        { locale: "ar", name: "جمعية الواحة", description: null },
      ],
    });
    const [name] = diffProfile(profile(), after);

    expect(changes(profile(), after)).toEqual([
      ["name.fr", "changed"],
      ["name.ar", "added"],
    ]);
    expect(name?.kind === "text" ? name.segments : null).toEqual([
      { op: "same", text: "Association Oasis" },
      { op: "added", text: " Verte" },
    ]);
  });

  it("names a new kind, place, website, social links and logo", () => {
    const after = profile({
      kind: "COOPERATIVE",
      regionCode: "MA-09",
      city: null,
      website: "https://oasis.example.ma",
      socialLinks: ["https://www.facebook.com/oasis"],
      logoPath: "0123456789abcdef0123456789abcdef.webp",
    });

    expect(changes(profile(), after)).toEqual([
      ["kind", "changed"],
      ["region", "changed"],
      ["city", "removed"],
      ["website", "added"],
      ["socialLinks", "added"],
      ["logo", "added"],
    ]);
  });
});
