import { readFileSync } from "node:fs";
import path from "node:path";
import regionsTopology from "morocco-map/data/regions.json";
import { describe, expect, it } from "vitest";
import { mapFeatureIdByRegionCode, regionCodeOfFeature } from "@/lib/map/region-feature-ids";
import { regionMapShape } from "@/lib/map/region-paths";

const seededRegions: { regions: { code: string }[] } = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma", "seed-data", "regions.json"), "utf8"),
);
const ourCodes = seededRegions.regions.map((region) => region.code).sort();
const featureIds = regionsTopology.objects.regions.geometries.map((g) => g.id).sort();

/** Every x,y pair of a path, in the order drawn. */
function pointsOf(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("the mapping from our region codes to the map's outlines", () => {
  it("maps each of our 12 regions to one outline, and every outline to a region", () => {
    expect(ourCodes).toHaveLength(12);
    expect(Object.keys(mapFeatureIdByRegionCode).sort()).toEqual(ourCodes);
    expect(Object.values(mapFeatureIdByRegionCode).sort()).toEqual(featureIds);
  });

  it("finds the region code of each outline and none for an unknown one", () => {
    const found = featureIds.map((id) => regionCodeOfFeature(id)).sort();

    expect(found).toEqual(ourCodes);
    expect(regionCodeOfFeature("MA-99")).toBeUndefined();
  });
});

describe("regionMapShape", () => {
  const shape = regionMapShape();

  it("draws one closed path for each of the 12 regions", () => {
    expect(shape.regions.map((r) => r.code).sort()).toEqual(ourCodes);
    for (const { d } of shape.regions) expect(d).toMatch(/^M[-\d.,MLZ]+Z$/);
  });

  it("keeps every point inside the frame, with at most one decimal", () => {
    const all = [...shape.regions.map((r) => r.d), shape.outline].flatMap(pointsOf);

    expect(all.length).toBeGreaterThan(500);
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(shape.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(shape.height);
    }
    expect(shape.outline).not.toMatch(/\.\d\d/);
    for (const { d } of shape.regions) expect(d).not.toMatch(/\.\d\d/);
  });

  it("is a country taller than wide, as Morocco with its southern regions is", () => {
    expect(shape.height).toBeGreaterThan(shape.width);
    expect(shape.height).toBeLessThan(shape.width * 1.5);
  });

  it("stays small: under 16 kB of path data for the whole map", () => {
    const size = shape.regions.reduce((sum, r) => sum + r.d.length, shape.outline.length);

    expect(size).toBeLessThan(16_000);
  });

  it("is computed once per process", () => {
    expect(regionMapShape()).toBe(shape);
  });
});
