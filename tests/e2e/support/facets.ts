import type { Page } from "@playwright/test";

export type Choice = { value: string; label: string; count: number };

/** The choices of a filter of the directory's form, with the count each label ends with. */
export async function choicesOf(page: Page, label: string): Promise<Choice[]> {
  const options = page.getByRole("search").getByLabel(label).locator("option");
  const all = await options.evaluateAll((nodes) =>
    nodes.map((node) => ({
      value: (node as HTMLOptionElement).value,
      label: node.textContent ?? "",
    })),
  );

  return all
    .filter((option) => option.value !== "")
    .map((option) => ({ ...option, count: Number(/\((\d+)\)\s*$/.exec(option.label)?.[1]) }));
}

/** The choice with the most results, ties to the first. */
export function largest(choices: Choice[]): Choice {
  return choices.reduce((best, choice) => (choice.count > best.count ? choice : best));
}
