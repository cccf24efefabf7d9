import { describe, expect } from "vitest";
import { parseDirectoryParams } from "@/lib/initiatives/directory-params";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { test } from "./support/fixtures";
import { slugsFound } from "./support/search";

/** The directory as the page shows it for a raw `q` from the address bar. */
async function directoryFor(q: string) {
  return findPublishedInitiatives(parseDirectoryParams({ q }));
}

// One entry a line: the combining marks count as characters in a line's width.
// prettier-ignore
const noQuery = [
  "!!!",
  "   ",
  "ً",
  "ـــ",
  "ًٌٍَُِّْ",
  "\u200b\u200e\u202e",
  "🌳🌍",
  "''",
  "%_",
  "\u0000",
];

const searchable = [
  `'; DROP TABLE "Initiative"; --`,
  "eau' OR '1'='1",
  "a & b | !c <-> d:* (e",
  "jardin:*A & !!(",
  ".*[a-z]+$ (?:x) \\d{3} \\",
  "100% _bio_ %%",
  "<script>alert(1)</script>",
  "l'eau « verte » — 2016",
  "\ud800eau\udfff",
  "e\u0301cole",
  "eau ".repeat(400),
  "ا".repeat(1500),
  "x".repeat(5000),
  Array.from({ length: 300 }, (_, i) => `mot${i}`).join(" "),
];

describe("hostile search queries", () => {
  test.each(noQuery)("treats %j as no query and lists everything", async (q) => {
    const everything = await findPublishedInitiatives({ page: 1 });

    const result = await directoryFor(q);

    expect(result.total).toBe(everything.total);
    expect(result.highlight).toBeNull();
  });

  test.each(searchable)("answers %j with a page, never an error", async (q) => {
    const result = await directoryFor(q);

    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.items.length).toBeLessThanOrEqual(12);
    expect(result.page).toBe(1);
  });

  test("reads operators and quotes as spaces, never as query syntax", async ({ fixtures }) => {
    const { word } = fixtures;
    const drinking = await fixtures.initiative({ title: "Eau potable" });
    const salt = await fixtures.initiative({ title: "Eau salée" });

    expect(await slugsFound({ q: `eau | salee ${word}` })).toEqual([salt.slug]);
    expect(await slugsFound({ q: `!potable & eau ${word}` })).toEqual([drinking.slug]);
    expect(await slugsFound({ q: `'eau':* ${word}` })).toEqual([drinking.slug, salt.slug].sort());
    expect(await slugsFound({ q: `l'eau ${word}` })).toEqual([drinking.slug, salt.slug].sort());
  });
});
