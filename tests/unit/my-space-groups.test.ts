import { describe, expect, it } from "vitest";
import { feedbackFor, groupByStatus, type Decision } from "@/lib/organisations/initiative-groups";
import { originalLocaleOf, translationRows } from "@/lib/organisations/translations";

const decision = (overrides: Partial<Decision>): Decision => ({
  initiativeId: "a",
  revisionId: null,
  action: "REQUEST_CHANGES",
  reasonCode: null,
  message: "m",
  createdAt: new Date(0),
  ...overrides,
});

describe("My space groups", () => {
  it("orders statuses with what waits for the association first, dropping empty ones", () => {
    const groups = groupByStatus([
      { id: "1", status: "PUBLISHED" as const },
      { id: "2", status: "CHANGES_REQUESTED" as const },
      { id: "3", status: "PUBLISHED" as const },
    ]);

    expect(groups.map((g) => [g.status, g.initiatives.map((i) => i.id)])).toEqual([
      ["CHANGES_REQUESTED", ["2"]],
      ["PUBLISHED", ["1", "3"]],
    ]);
  });

  it("explains a status only with the decision of the matching kind", () => {
    const newestFirst = [
      decision({ action: "REJECT", reasonCode: "duplicate", message: "no" }),
      decision({ message: "fix the date" }),
      decision({ initiativeId: "b", message: "other initiative" }),
    ];

    expect(feedbackFor({ id: "a", status: "CHANGES_REQUESTED" }, newestFirst)?.message).toBe(
      "fix the date",
    );
    expect(feedbackFor({ id: "a", status: "REJECTED" }, newestFirst)?.reasonCode).toBe("duplicate");
    expect(feedbackFor({ id: "a", status: "PUBLISHED" }, newestFirst)).toBeNull();
  });

  it("explains an unpublication with its reason", () => {
    const newestFirst = [
      decision({ action: "UNPUBLISH", reasonCode: "commercial", message: "ad" }),
    ];

    expect(feedbackFor({ id: "a", status: "UNPUBLISHED" }, newestFirst)).toMatchObject({
      action: "UNPUBLISH",
      reasonCode: "commercial",
      edit: false,
    });
  });

  it("explains a published initiative's latest edit only while it is sent back or refused", () => {
    const newestFirst = [
      decision({ revisionId: "r2", action: "REJECT", reasonCode: "duplicate", message: "no" }),
      decision({ revisionId: "r1", message: "older edit" }),
    ];
    const published = (status: "REJECTED" | "PENDING_REVIEW" | "CHANGES_REQUESTED", id = "r2") =>
      feedbackFor({ id: "a", status: "PUBLISHED", latestRevision: { id, status } }, newestFirst);

    expect(published("REJECTED")).toMatchObject({ action: "REJECT", message: "no", edit: true });
    expect(published("CHANGES_REQUESTED", "r1")).toMatchObject({ message: "older edit" });
    expect(published("PENDING_REVIEW")).toBeNull();
    expect(
      feedbackFor({ id: "a", status: "PUBLISHED", latestRevision: null }, newestFirst),
    ).toBeNull();
  });
});

describe("original language", () => {
  const rows = translationRows({
    fr: { name: "Oasis", description: undefined },
    ar: { name: "واحة", description: "وصف" },
    en: { name: undefined, description: undefined },
  });

  it("is the page's language when the author wrote in it", () => {
    expect(originalLocaleOf(rows, "ar")).toBe("ar");
  });

  it("is the first language written, in the form's order, otherwise", () => {
    expect(originalLocaleOf(rows, "en")).toBe("fr");
  });

  it("stays what it was while that language is still filled in", () => {
    expect(originalLocaleOf(rows, "ar", "fr")).toBe("fr");
  });
});
