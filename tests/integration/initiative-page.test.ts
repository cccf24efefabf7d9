import { describe, expect } from "vitest";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { test } from "./support/fixtures";

describe("getPublishedInitiative", () => {
  test("returns a published initiative with its regions", async ({ fixtures }) => {
    const initiative = await fixtures.initiative({
      title: "Reboisement",
      regionCodes: ["MA-03", "MA-04"],
    });

    const found = await getPublishedInitiative(initiative.slug);

    expect(found?.id).toBe(initiative.id);
    expect(found?.regions.map((r) => r.regionCode).sort()).toEqual(["MA-03", "MA-04"]);
  });

  test("returns null for a draft", async ({ fixtures }) => {
    const draft = await fixtures.initiative({ title: "Brouillon", status: "DRAFT" });

    expect(await getPublishedInitiative(draft.slug)).toBeNull();
  });

  test("returns null for an unknown slug", async ({ fixtures }) => {
    expect(await getPublishedInitiative(`${fixtures.word}-nowhere`)).toBeNull();
  });
});
