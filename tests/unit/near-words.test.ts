import { describe, expect, it } from "vitest";
import { allowedEdits, nearWords } from "@/lib/search/near-words";

describe("nearWords", () => {
  it.each([
    { typed: "marakech", candidates: ["marrakech"], near: ["marrakech"] },
    { typed: "marrakesh", candidates: ["marrakech", "marrakchi"], near: ["marrakech"] },
    { typed: "مراكيش", candidates: ["مراكش"], near: ["مراكش"] },
    { typed: "tahanaout", candidates: ["tahannaout"], near: ["tahannaout"] },
    { typed: "recylage", candidates: ["recyclage", "recycle"], near: ["recyclage"] },
    { typed: "table", candidates: ["potable", "stable"], near: ["stable"] },
    { typed: "eneregie", candidates: ["energie", "energies"], near: ["energie", "energies"] },
    { typed: "zzqx", candidates: ["zqx"], near: ["zqx"] },
    { typed: "plastik", candidates: ["plastique"], near: [] },
  ])("takes $near for $typed", ({ typed, candidates, near }) => {
    expect(nearWords(typed, candidates)).toEqual(near);
  });

  it("puts the closest first", () => {
    expect(nearWords("tamazirtun", ["tamazirtoune", "tamazirtoun"])).toEqual([
      "tamazirtoun",
      "tamazirtoune",
    ]);
  });

  it("allows one edit up to seven letters and two from eight", () => {
    expect([allowedEdits("ecole"), allowedEdits("مراكيش"), allowedEdits("marakech")]).toEqual([
      1, 1, 2,
    ]);
  });
});
