import { describe, expect, it } from "vitest";
import { pathsShowing } from "@/lib/cache/public-paths";

describe("pathsShowing", () => {
  const paths = pathsShowing({
    initiativeSlugs: ["jardin-partage", "حديقة-الحي"],
    organisationSlugs: ["association-oasis"],
  });

  it("names the lists and counts in every language", () => {
    for (const locale of ["fr", "ar", "en"]) {
      expect(paths).toEqual(
        expect.arrayContaining([
          `/${locale}`,
          `/${locale}/initiatives`,
          `/${locale}/regions`,
          `/${locale}/organisations`,
          `/${locale}/regions/MA-01`,
          `/${locale}/regions/MA-12`,
        ]),
      );
    }
  });

  it("names the detail pages, an Arabic slug both encoded and as written", () => {
    expect(paths).toContain("/en/initiatives/jardin-partage");
    expect(paths).toContain("/ar/organisations/association-oasis");
    expect(paths).toContain(`/fr/initiatives/${encodeURIComponent("حديقة-الحي")}`);
    expect(paths).toContain("/fr/initiatives/حديقة-الحي");
  });

  it("names no page twice and no other initiative", () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.includes("/initiatives/"))).toHaveLength(9);
  });
});
