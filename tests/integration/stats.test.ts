import { describe, expect } from "vitest";
import { countPublic } from "@/lib/stats/queries";
import { test } from "./support/fixtures";

describe("countPublic", () => {
  test("counts published initiatives and their organisations only", async ({ fixtures }) => {
    const before = await countPublic();
    const { id: draftsOnly } = await fixtures.organisation("Brouillons seulement");
    await fixtures.initiative({ title: "Publiée" });
    await fixtures.initiative({ title: "Brouillon", status: "DRAFT" });
    await fixtures.initiative({ organisationId: draftsOnly, title: "Brouillon", status: "DRAFT" });

    const after = await countPublic();

    expect(after.initiatives).toBe(before.initiatives + 1);
    expect(after.organisations).toBe(before.organisations + 1);
    expect(after.regions).toBeGreaterThanOrEqual(before.regions);
  });
});
