import { describe, expect, it } from "vitest";
import {
  NO_INITIATIVE_FILL,
  REGION_BORDER,
  REGION_FOCUS,
  SHADE_FILLS,
  shadeClasses,
  shadeOf,
} from "@/lib/map/shade-scale";

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));

  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);

  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("shadeClasses", () => {
  it.each([0, 1, 2, 3, 4, 7, 19, 64, 1000, 100_000])(
    "covers every count from 0 to %i with no gap and no overlap",
    (max) => {
      const classes = shadeClasses(max);

      expect(classes[0]).toEqual({ from: 0, to: 0, fill: NO_INITIATIVE_FILL });
      expect(classes.at(-1)?.to).toBe(max);
      for (const [i, shade] of classes.entries()) {
        expect(shade.from).toBeLessThanOrEqual(shade.to);
        if (i > 0) expect(shade.from).toBe((classes[i - 1]?.to ?? 0) + 1);
      }
    },
  );

  it("splits 1 to 19 into four ranges of equal width", () => {
    expect(shadeClasses(19).map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 19],
    ]);
  });

  it("shows each range once when there are fewer counts than shades", () => {
    expect(shadeClasses(2).map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe("shadeOf", () => {
  it("gives the class a count falls in, and the darkest above the scale", () => {
    const classes = shadeClasses(19);

    expect(shadeOf(0, classes).fill).toBe(NO_INITIATIVE_FILL);
    expect(shadeOf(5, classes)).toEqual({ from: 1, to: 5, fill: SHADE_FILLS[0] });
    expect(shadeOf(16, classes).fill).toBe(SHADE_FILLS[3]);
    expect(shadeOf(40, classes).fill).toBe(SHADE_FILLS[3]);
  });
});

describe("the shades' contrast", () => {
  const fills = [NO_INITIATIVE_FILL, ...SHADE_FILLS];

  it.each(fills)("%s keeps 3:1 against the region border and the focus ring", (fill) => {
    expect(contrast(fill, REGION_BORDER)).toBeGreaterThanOrEqual(3);
    expect(contrast(fill, REGION_FOCUS)).toBeGreaterThanOrEqual(3);
  });

  it("gets darker from one class to the next", () => {
    const lightness = fills.map(luminance);

    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
  });
});
