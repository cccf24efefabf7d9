import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { getPublicOrganisation } from "@/lib/organisations/queries";
import { test } from "./support/fixtures";

describe("getPublicOrganisation", () => {
  test("hides an organisation until one of its initiatives is published", async ({ fixtures }) => {
    const organisation = await fixtures.organisation();
    const draft = await fixtures.initiative({
      organisationId: organisation.id,
      title: "Brouillon",
      status: "DRAFT",
    });
    await fixtures.initiative({
      organisationId: organisation.id,
      title: "En attente",
      status: "PENDING_REVIEW",
    });

    const beforePublishing = await getPublicOrganisation(organisation.slug);
    await db.initiative.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    const afterPublishing = await getPublicOrganisation(organisation.slug);

    expect(beforePublishing).toBeNull();
    expect(afterPublishing?.id).toBe(organisation.id);
  });
});
