import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/lib/text/slug";

const ARABIC_LETTER = /\p{Script=Arabic}/u;

describe("slugify", () => {
  it("removes accents and joins words with dashes", () => {
    expect(slugify("Énergie solaire à Fès")).toBe("energie-solaire-a-fes");
  });

  it("keeps an Arabic-only title in Arabic", () => {
    const slug = slugify("جمعية البيئة");

    expect(slug).toBe("جمعية-البيئة");
    expect(slug).toMatch(ARABIC_LETTER);
  });

  it("falls back when the title has no letters or digits", () => {
    expect(slugify("!!! — ???")).toBe("item");
    expect(slugify("...", "organisation")).toBe("organisation");
  });

  it("stays within 80 characters and ends on a whole word", () => {
    const slug = slugify("Programme régional de reboisement ".repeat(6));
    const everyWord = "programme-regional-de-reboisement-".repeat(6);

    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.length).toBeGreaterThan(60);
    expect(everyWord.startsWith(`${slug}-`)).toBe(true);
  });

  it("cuts a single word longer than 80 characters", () => {
    expect(slugify("a".repeat(120))).toBe("a".repeat(80));
  });

  it.each([
    { title: "  --Oasis--  ", slug: "oasis" },
    { title: "«Oasis»", slug: "oasis" },
    { title: "- Oasis verte -", slug: "oasis-verte" },
  ])("never starts or ends with a dash ($title)", ({ title, slug }) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title)).not.toMatch(/^-|-$/);
  });
});

describe("uniqueSlug", () => {
  it("keeps the base when it is free", async () => {
    expect(await uniqueSlug("oasis", async () => false)).toBe("oasis");
  });

  it("adds the first free number when the base is taken", async () => {
    const taken = new Set(["oasis", "oasis-2", "oasis-3"]);

    expect(await uniqueSlug("oasis", async (slug) => taken.has(slug))).toBe("oasis-4");
  });
});
