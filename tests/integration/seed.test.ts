import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRegions } from "@/lib/regions/queries";
import { listThemes } from "@/lib/themes/queries";

const SEED_FILE = path.join(import.meta.dirname, "../../prisma/seed-data/initiatives.json");

function seededSlugs(): string[] {
  const { initiatives } = JSON.parse(readFileSync(SEED_FILE, "utf8")) as {
    initiatives: { slug: string }[];
  };

  return initiatives.map((initiative) => initiative.slug);
}

describe("seed", () => {
  it("publishes the 64 sourced initiatives", async () => {
    const slugs = seededSlugs();

    const published = await db.initiative.count({
      where: { slug: { in: slugs }, status: "PUBLISHED" },
    });

    expect(slugs).toHaveLength(64);
    expect(published).toBe(64);
  });

  it("creates the 12 regions, MA-01 to MA-12", async () => {
    const regions = await listRegions();

    expect(regions.map((region) => region.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("creates the 10 themes", async () => {
    expect(await listThemes()).toHaveLength(10);
  });
});
