/**
 * Our region codes (ISO 3166-2:MA, as in lib/regions) and the id of each
 * region's outline in morocco-map's regions.json. The package names the
 * regions itself, with suffixes we never show; only these ids are read from
 * it, and tests/unit/region-map.test.ts checks that all 12 match.
 */
export const mapFeatureIdByRegionCode: Readonly<Record<string, string>> = {
  "MA-01": "MA-01",
  "MA-02": "MA-02",
  "MA-03": "MA-03",
  "MA-04": "MA-04",
  "MA-05": "MA-05",
  "MA-06": "MA-06",
  "MA-07": "MA-07",
  "MA-08": "MA-08",
  "MA-09": "MA-09",
  "MA-10": "MA-10",
  "MA-11": "MA-11",
  "MA-12": "MA-12",
};

/** The region code of a map outline, if it is one of ours. */
export function regionCodeOfFeature(featureId: string): string | undefined {
  const entry = Object.entries(mapFeatureIdByRegionCode).find(([, id]) => id === featureId);

  return entry?.[0];
}
