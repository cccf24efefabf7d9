import { describe, expect, it } from "vitest";
import { editDistance } from "@/lib/text/edit-distance";

describe("editDistance", () => {
  it.each([
    { a: "marakech", b: "marrakech", distance: 1, why: "counts a missing letter" },
    { a: "marrakesh", b: "marrakech", distance: 1, why: "counts a changed letter" },
    { a: "recyclage", b: "recylage", distance: 1, why: "counts an extra letter" },
    { a: "table", b: "potable", distance: 2, why: "counts letters added in front" },
    { a: "kitten", b: "sitting", distance: 3, why: "adds up changes and insertions" },
    { a: "مراكيش", b: "مراكش", distance: 1, why: "counts an Arabic letter once" },
    { a: "ecole", b: "ecole", distance: 0, why: "gives nothing for the same word" },
    { a: "", b: "eau", distance: 3, why: "counts every letter against nothing" },
    { a: "eau", b: "", distance: 3, why: "counts every letter removed" },
  ])("$why ($a, $b)", ({ a, b, distance }) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
