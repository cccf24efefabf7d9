import { geoMercator, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import { regionCodeOfFeature } from "./region-feature-ids";
import { loadRegionsTopology } from "./topology";

/** Width of the map's coordinate space; its height follows the country's shape. */
export const MAP_WIDTH = 400;

// Room for the outline's stroke at the edges.
const MARGIN = 2;

export type RegionPath = { code: string; d: string };

export type RegionMapShape = {
  width: number;
  height: number;
  regions: RegionPath[];
  /** The country's outer border, drawn over the regions. */
  outline: string;
};

function computeShape(): RegionMapShape {
  const topology = loadRegionsTopology();
  const regions = feature(topology, topology.objects.regions);
  const inner = MAP_WIDTH - 2 * MARGIN;
  const [[, top], [, bottom]] = geoPath(geoMercator().fitWidth(inner, regions)).bounds(regions);
  const height = Math.ceil(bottom - top + 2 * MARGIN);
  const projection = geoMercator().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, height - MARGIN],
    ],
    regions,
  );
  const path = geoPath(projection).digits(1);

  return {
    width: MAP_WIDTH,
    height,
    regions: regions.features.flatMap((f) => {
      const code = regionCodeOfFeature(String(f.id));
      const d = path(f);

      return code && d ? [{ code, d }] : [];
    }),
    outline: path(mesh(topology, topology.objects.regions, (a, b) => a === b)) ?? "",
  };
}

let shape: RegionMapShape | undefined;

/** The 12 region paths, computed once per process: the outlines never change. */
export function regionMapShape(): RegionMapShape {
  shape ??= computeShape();

  return shape;
}
