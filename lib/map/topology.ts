import regionsTopology from "morocco-map/data/regions.json";
import type { GeometryCollection, Topology } from "topojson-specification";
import { presimplify, simplify } from "topojson-simplify";
import { z } from "zod";

// Smallest triangle kept, in square degrees: about one square pixel at the
// map's size, so the outlines lose no visible detail and most of their points.
const MIN_TRIANGLE_AREA = 0.002;

type RegionsTopology = Topology<{ regions: GeometryCollection }>;

const topologySchema = z.object({
  type: z.literal("Topology"),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    regions: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(z.object({ id: z.string(), type: z.enum(["Polygon", "MultiPolygon"]) })),
    }),
  }),
});

/**
 * The package's outlines of the 12 regions, checked and simplified. Shared
 * borders are simplified once, as arcs, so neighbouring regions still meet.
 */
export function loadRegionsTopology(): RegionsTopology {
  topologySchema.parse(regionsTopology);
  // Checked above; presimplify writes weights into the arcs, hence the copy.
  const copy = structuredClone(regionsTopology) as unknown as RegionsTopology;

  return simplify(presimplify(copy), MIN_TRIANGLE_AREA);
}
