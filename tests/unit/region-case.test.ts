import { describe, expect, it } from "vitest";
import { canonicalRegionPath } from "@/lib/routing/region-case";

describe("canonicalRegionPath", () => {
  it.each([
    ["/fr/regions/ma-01", "/fr/regions/MA-01"],
    ["/ar/regions/Ma-12", "/ar/regions/MA-12"],
    ["/en/regions/mA-07", "/en/regions/MA-07"],
  ])("sends %s to %s", (path, expected) => {
    expect(canonicalRegionPath(path)).toBe(expected);
  });

  it.each(["/fr/regions/MA-01", "/fr/regions/ma-13", "/fr/regions/ma-00", "/fr/initiatives/ma-01"])(
    "leaves %s alone",
    (path) => {
      expect(canonicalRegionPath(path)).toBeNull();
    },
  );
});
