import { describe, expect, it } from "vitest";
import {
  clipQuery,
  dropUnknownFilters,
  MAX_QUERY_LENGTH,
  parseDirectoryParams,
} from "@/lib/initiatives/directory-params";

describe("parseDirectoryParams", () => {
  it("keeps valid values and turns the page into a number", () => {
    const query = { region: "MA-01", theme: "water", q: "solaire", page: "2" };

    expect(parseDirectoryParams(query)).toEqual({ ...query, page: 2 });
  });

  it("gives the first page and no filters for an empty query string", () => {
    expect(parseDirectoryParams({})).toEqual({ page: 1 });
  });

  it("reads a region code and a theme slug in any case", () => {
    expect(parseDirectoryParams({ region: " ma-07 ", theme: "WATER" })).toMatchObject({
      region: "MA-07",
      theme: "water",
    });
  });

  it.each(["", "  ", "M".repeat(11)])("drops the region %j", (region) => {
    expect(parseDirectoryParams({ region }).region).toBeUndefined();
  });

  it.each(["", "  ", "a".repeat(41)])("drops the theme %j", (theme) => {
    expect(parseDirectoryParams({ theme }).theme).toBeUndefined();
  });

  it.each(["!!!", "🌳", "—", "%", "_", "ً", "ـــ", "ًّ"])("counts the query %j as no query", (q) => {
    expect(parseDirectoryParams({ q }).q).toBeUndefined();
  });

  it("trims the search words", () => {
    expect(parseDirectoryParams({ q: "  énergie solaire  " }).q).toBe("énergie solaire");
  });

  it("drops a blank search", () => {
    expect(parseDirectoryParams({ q: "   " }).q).toBeUndefined();
  });

  it("cuts the search to 200 characters", () => {
    const q = parseDirectoryParams({ q: "é".repeat(500) }).q;

    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(q).toBe("é".repeat(200));
  });

  it("cuts a long search before the word it would split in two", () => {
    const q = parseDirectoryParams({ q: "plastique ".repeat(100) }).q ?? "";

    expect(q).toBe("plastique ".repeat(20).trim());
    expect(parseDirectoryParams({ q: `${"eau ".repeat(49)}potable` }).q).toBe(
      "eau ".repeat(49).trim(),
    );
  });

  it("cuts by characters, never inside an emoji or an Arabic letter", () => {
    const q = parseDirectoryParams({ q: `a${"🌳".repeat(300)}` }).q ?? "";

    expect(Array.from(q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.endsWith("🌳")).toBe(true);
    expect(clipQuery("ماء".repeat(100))).toBe("ماء".repeat(100).slice(0, MAX_QUERY_LENGTH));
  });

  it.each([
    { page: "abc", expected: 1 },
    { page: "-1", expected: 1 },
    { page: "0", expected: 1 },
    { page: "2.5", expected: 1 },
    { page: "", expected: 1 },
    { page: "1e9", expected: 100_000 },
    { page: "999999", expected: 100_000 },
    { page: "Infinity", expected: 1 },
    { page: ["3", "4"], expected: 3 },
    { page: ["abc"], expected: 1 },
    { page: "7", expected: 7 },
  ])("reads page $page as $expected", ({ page, expected }) => {
    expect(parseDirectoryParams({ page }).page).toBe(expected);
  });

  it("takes the first value of a repeated parameter", () => {
    const params = parseDirectoryParams({
      region: ["MA-02", "MA-03"],
      theme: ["energy", "water"],
      q: ["oasis", "argan"],
    });

    expect(params).toEqual({ region: "MA-02", theme: "energy", q: "oasis", page: 1 });
  });
});

describe("dropUnknownFilters", () => {
  const known = { regionCodes: new Set(["MA-07"]), themeSlugs: new Set(["water"]) };

  it("keeps a region and a theme that exist", () => {
    const params = { region: "MA-07", theme: "water", q: "eau", page: 2 };

    expect(dropUnknownFilters(params, known)).toEqual(params);
  });

  it("drops a region and a theme that do not exist, keeping the rest", () => {
    const params = { region: "MA-99", theme: "eau", q: "eau", page: 2 };

    expect(dropUnknownFilters(params, known)).toEqual({ q: "eau", page: 2 });
  });
});
