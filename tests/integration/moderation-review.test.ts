import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { getReview } from "@/lib/moderation/review";
import type { ModeratorScope } from "@/lib/moderation/scope";
import { contentOf, longAgo, test } from "./support/review-world";

const ALL: ModeratorScope = { all: true };

const bilingual = [
  {
    locale: "fr" as const,
    title: "Jardin partagé",
    summary: "Un potager.",
    description: "Chaque samedi.",
  },
  { locale: "ar" as const, title: "حديقة مشتركة", summary: "بستان.", description: "كل سبت." },
];

describe("getReview", () => {
  test("gives a first submission's content in every language, as the version to decide", async ({
    world,
  }) => {
    const initiative = await world.initiative({ translations: bilingual, submittedAt: longAgo(5) });

    const review = await getReview(ALL, initiative.id);

    expect(review?.content.translations).toEqual(
      expect.arrayContaining([
        {
          locale: "fr",
          title: "Jardin partagé",
          summary: "Un potager.",
          description: "Chaque samedi.",
        },
        { locale: "ar", title: "حديقة مشتركة", summary: "بستان.", description: "كل سبت." },
      ]),
    );
    expect(review?.content).toMatchObject({
      regionCode: "MA-07",
      city: "Marrakech",
      themeSlugs: ["water"],
    });
    expect(review?.proposal).toBeNull();
    expect(review?.comparison).toBeNull();
    expect(review?.target).toEqual({
      initiativeId: initiative.id,
      revisionId: null,
      submittedAt: longAgo(5).toISOString(),
      status: "PENDING_REVIEW",
      openReports: 0,
    });
  });

  test("compares an edit with the public version, field by field", async ({ world }) => {
    const published = await world.initiative({ status: "PUBLISHED", translations: bilingual });
    const proposed = contentOf({
      translations: [
        {
          locale: "fr",
          title: "Jardin partagé du quartier",
          summary: "Un potager.",
          description: null,
        },
        { locale: "en", title: "Shared garden", summary: null, description: null },
      ],
      regionCode: "MA-07",
      regionCodes: ["MA-07", "MA-09"],
      themeSlugs: ["water", "agriculture"],
      links: [{ url: "https://jardin.example.ma", kind: "WEBSITE" }],
    });
    const revision = await world.revision(published.id, proposed, { submittedAt: longAgo(9) });

    const review = await getReview(ALL, published.id);
    const change = (field: string, locale?: string) =>
      review?.comparison?.fields.find(
        (diff) => diff.field === field && (diff.kind !== "text" || diff.locale === locale),
      )?.change;

    expect(review?.comparison?.base).toBe("published");
    expect(review?.proposal?.content).toEqual(proposed);
    expect(review?.content.translations).toHaveLength(2);
    expect(change("title", "fr")).toBe("changed");
    expect(change("summary", "fr")).toBe("unchanged");
    expect(change("description", "fr")).toBe("removed");
    expect(change("title", "ar")).toBe("removed");
    expect(change("title", "en")).toBe("added");
    expect(change("otherRegions")).toBe("added");
    expect(change("themes")).toBe("changed");
    expect(change("links")).toBe("added");
    expect(change("city")).toBe("unchanged");
    expect(change("images")).toBeUndefined();
    expect(review?.target).toMatchObject({
      revisionId: revision.id,
      submittedAt: longAgo(9).toISOString(),
      status: "PUBLISHED",
    });
  });

  test("compares a resubmission with the version the moderator sent back", async ({ world }) => {
    const moderator = await world.person("MODERATOR");
    const initiative = await world.initiative({ translations: bilingual, submittedAt: longAgo(8) });
    const sentBack = contentOf({
      translations: [
        { locale: "fr", title: "Jardin", summary: "Un potager.", description: "Samedi." },
      ],
    });
    await world.decision(initiative.id, moderator.id, {
      action: "REQUEST_CHANGES",
      message: "Précisez le lieu.",
      content: sentBack,
      submittedAt: longAgo(2),
      createdAt: longAgo(3),
    });

    const review = await getReview(ALL, initiative.id);
    const title = review?.comparison?.fields.find(
      (diff) => diff.kind === "text" && diff.field === "title" && diff.locale === "fr",
    );

    expect(review?.comparison?.base).toBe("changesRequested");
    expect(review?.comparison?.baseDecidedAt).toEqual(longAgo(3));
    expect(title).toMatchObject({ before: "Jardin", after: "Jardin partagé", change: "changed" });
    expect(title?.kind === "text" && title.segments).toEqual([
      { text: "Jardin", op: "same" },
      { text: " partagé", op: "added" },
    ]);
  });

  test("lists earlier decisions newest first, naming moderators without their address", async ({
    world,
  }) => {
    const named = await world.person("MODERATOR", [], "Salma Idrissi");
    const unnamed = await world.person("MODERATOR");
    const initiative = await world.initiative({ status: "PUBLISHED" });
    await world.decision(initiative.id, unnamed.id, {
      action: "REQUEST_CHANGES",
      message: "Ajoutez une date.",
      submittedAt: longAgo(1),
      createdAt: longAgo(2),
    });
    await world.decision(initiative.id, named.id, {
      action: "APPROVE",
      submittedAt: longAgo(3),
      createdAt: longAgo(4),
    });

    const review = await getReview(ALL, initiative.id);

    expect(review?.decisions.map((d) => [d.action, d.moderator])).toEqual([
      ["APPROVE", "Salma Idrissi"],
      ["REQUEST_CHANGES", `${unnamed.email.slice(0, 1)}***@example.org`],
    ]);
    expect(review?.decisions[1]).toMatchObject({
      message: "Ajoutez une date.",
      submittedAt: longAgo(1),
      revisionNumber: null,
    });
  });

  test("lists the open reports, oldest first, each in the language it was written in", async ({
    world,
  }) => {
    const initiative = await world.initiative({ status: "PUBLISHED" });
    await world.report(initiative.id, { createdAt: longAgo(3), text: "رابط معطل.", locale: "ar" });
    await world.report(initiative.id, {
      createdAt: longAgo(2),
      text: "Déjà traité.",
      status: "RESOLVED",
    });
    await world.report(initiative.id, {
      createdAt: longAgo(1),
      text: "Fermée depuis 2024.",
      reasonCode: "outdated",
    });

    const review = await getReview(ALL, initiative.id);

    expect(review?.reports.map((r) => [r.text, r.locale])).toEqual([
      ["Fermée depuis 2024.", "fr"],
      ["رابط معطل.", "ar"],
    ]);
    expect(review?.target.openReports).toBe(2);
  });

  test("describes the organisation with its members and how its initiatives fared", async ({
    world,
  }) => {
    const owner = await world.person();
    const editor = await world.person();
    const organisation = await world.organisation("Oasis verte", [owner.id, editor.id]);
    const initiative = await world.initiative({ organisationId: organisation.id });
    for (const status of ["PUBLISHED", "PUBLISHED", "REJECTED", "DRAFT"] as const) {
      await world.initiative({ organisationId: organisation.id, status });
    }

    const review = await getReview(ALL, initiative.id);

    expect(review?.organisation).toMatchObject({
      name: "Oasis verte",
      kind: "ASSOCIATION",
      regionCode: "MA-07",
      city: "Marrakech",
      website: "https://asso.example.ma",
      members: 2,
      initiatives: { published: 2, rejected: 1, pending: 1, unpublished: 0 },
    });
  });

  test("answers nothing outside the moderator's regions or for an unknown initiative", async ({
    world,
  }) => {
    const initiative = await world.initiative({ regionCodes: ["MA-07"] });

    expect(await getReview({ all: false, regionCodes: ["MA-01"] }, initiative.id)).toBeNull();
    expect(await getReview({ all: false, regionCodes: ["MA-07"] }, initiative.id)).not.toBeNull();
    expect(await getReview(ALL, "unknown-initiative")).toBeNull();
  });

  test("leaves out an edit whose stored content is not a whole initiative", async ({ world }) => {
    const published = await world.initiative({ status: "PUBLISHED" });
    await db.initiativeRevision.create({
      data: { initiativeId: published.id, number: 1, status: "PENDING_REVIEW", content: {} },
    });

    const review = await getReview(ALL, published.id);

    expect(review?.proposal).toBeNull();
    expect(review?.target.revisionId).toBeNull();
  });
});
