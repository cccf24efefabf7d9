// Light to dark green for 1 or more initiatives, sand for none. Every fill
// keeps at least 3:1 against the region borders and against the focus ring
// (WCAG 1.4.11), so each region stays distinct from its neighbours whatever
// their shades, and the focused one stands out on any of them.
export const REGION_BORDER = "#0f3d23";
export const REGION_FOCUS = "#2945a8";
export const NO_INITIATIVE_FILL = "#f6f0e3";
export const SHADE_FILLS = ["#d9edcf", "#b0daa0", "#86c47b", "#5dae6b"] as const;

export type ShadeClass = { from: number; to: number; fill: string };

/**
 * The legend's classes for counts from 0 to `max`: none, then up to four equal
 * ranges of whole numbers. Ranges that would be empty at a small maximum are
 * left out rather than shown twice.
 */
export function shadeClasses(max: number): ShadeClass[] {
  const classes: ShadeClass[] = [{ from: 0, to: 0, fill: NO_INITIATIVE_FILL }];

  SHADE_FILLS.forEach((fill, index) => {
    const from = (classes.at(-1)?.to ?? 0) + 1;
    const to = Math.ceil((max * (index + 1)) / SHADE_FILLS.length);
    if (from <= to) classes.push({ from, to, fill });
  });

  return classes;
}

/** The class a count falls in; counts above the scale take its darkest class. */
export function shadeOf(count: number, classes: ShadeClass[]): ShadeClass {
  const found = classes.find((c) => count >= c.from && count <= c.to);

  return found ?? classes.at(-1) ?? { from: 0, to: 0, fill: NO_INITIATIVE_FILL };
}
