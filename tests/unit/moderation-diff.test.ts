import { describe, expect, it } from "vitest";
import type { InitiativeContent } from "@/lib/initiatives/content";
import { diffContent, fieldKey, hasChanges, type FieldDiff } from "@/lib/moderation/diff";
import { diffWords } from "@/lib/moderation/word-diff";

const image = (path: string, altText = "Une plantation") => ({
  path,
  width: 800,
  height: 600,
  bytes: 1200,
  altText,
  altLocale: "fr" as const,
});

const published: InitiativeContent = {
  originalLocale: "fr",
  translations: [
    {
      locale: "fr",
      title: "Jardin partagé",
      summary: "Un potager.",
      description: "Chaque samedi.",
    },
    { locale: "ar", title: "حديقة مشتركة", summary: null, description: null },
  ],
  regionCode: "MA-07",
  regionCodes: ["MA-07", "MA-09"],
  city: "Marrakech",
  themeSlugs: ["agriculture", "water"],
  startDate: "2026-03-21",
  endDate: null,
  links: [{ url: "https://jardin.example.ma", kind: "WEBSITE" }],
  images: [image("a.webp")],
};

const byKey = (diffs: FieldDiff[]) => new Map(diffs.map((diff) => [fieldKey(diff), diff]));

describe("diffContent", () => {
  it("marks every field unchanged when nothing changed, leaving out empty fields", () => {
    const diffs = diffContent(published, structuredClone(published));

    expect(hasChanges(diffs)).toBe(false);
    expect(diffs.every((diff) => diff.change === "unchanged")).toBe(true);
    expect(diffs.map(fieldKey)).toEqual([
      "title.fr",
      "summary.fr",
      "description.fr",
      "title.ar",
      "originalLocale",
      "region",
      "otherRegions",
      "city",
      "themes",
      "startDate",
      "links",
      "images",
    ]);
  });

  it("tells changed, added and removed fields apart, per language", () => {
    const proposed: InitiativeContent = {
      ...published,
      translations: [
        {
          locale: "fr",
          title: "Jardin partagé du quartier",
          summary: "Un potager.",
          description: null,
        },
        { locale: "en", title: "Shared garden", summary: null, description: null },
      ],
      regionCodes: ["MA-07"],
      city: "Marrakech ",
      endDate: "2026-12-31",
    };

    const diffs = byKey(diffContent(published, proposed));

    expect(diffs.get("title.fr")?.change).toBe("changed");
    expect(diffs.get("summary.fr")?.change).toBe("unchanged");
    expect(diffs.get("description.fr")?.change).toBe("removed");
    expect(diffs.get("title.ar")?.change).toBe("removed");
    expect(diffs.get("title.en")?.change).toBe("added");
    expect(diffs.get("otherRegions")?.change).toBe("removed");
    expect(diffs.get("city")?.change).toBe("changed");
    expect(diffs.get("endDate")?.change).toBe("added");
    expect(diffs.has("summary.en")).toBe(false);
  });

  it("counts a new order of themes as a change: the first one is the primary theme", () => {
    const diffs = byKey(
      diffContent(published, { ...published, themeSlugs: ["water", "agriculture"] }),
    );

    expect(diffs.get("themes")).toMatchObject({
      before: ["agriculture", "water"],
      after: ["water", "agriculture"],
      change: "changed",
    });
  });

  it("sees a new alternative text on the same image as a change of the images", () => {
    const retitled = { ...published, images: [image("a.webp", "Des enfants plantent")] };
    const replaced = { ...published, images: [image("b.webp")] };
    const removed = { ...published, images: [] };

    expect(byKey(diffContent(published, retitled)).get("images")?.change).toBe("changed");
    expect(byKey(diffContent(published, replaced)).get("images")?.change).toBe("changed");
    expect(byKey(diffContent(published, removed)).get("images")?.change).toBe("removed");
  });

  it("compares a changed text word by word", () => {
    const proposed = {
      ...published,
      translations: [
        { locale: "fr" as const, title: "Grand jardin partagé", summary: null, description: null },
      ],
    };

    const title = byKey(diffContent(published, proposed)).get("title.fr");

    expect(title?.kind === "text" ? title.segments : null).toEqual([
      { text: "Jardin ", op: "removed" },
      { text: "Grand jardin ", op: "added" },
      { text: "partagé", op: "same" },
    ]);
  });
});

describe("diffWords", () => {
  it("keeps the words both texts share, in Arabic as in French", () => {
    expect(diffWords("حديقة مشتركة في الحي", "حديقة كبيرة في الحي")).toEqual([
      { text: "حديقة ", op: "same" },
      { text: "مشتركة", op: "removed" },
      { text: "كبيرة", op: "added" },
      { text: " في الحي", op: "same" },
    ]);
  });

  it("reads a replacement split only by spaces as one removal and one addition", () => {
    expect(diffWords("Un résumé.", "Des fours solaires partagés.")).toEqual([
      { text: "Un résumé.", op: "removed" },
      { text: "Des fours solaires partagés.", op: "added" },
    ]);
  });

  it("shows a text too long to compare word by word as replaced whole", () => {
    const before = "mot ".repeat(1000);
    const after = "autre ".repeat(1000);

    expect(diffWords(before, after)).toEqual([
      { text: before, op: "removed" },
      { text: after, op: "added" },
    ]);
  });
});
