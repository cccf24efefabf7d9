import type AxeBuilder from "@axe-core/playwright";

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const blocking = new Set(["serious", "critical"]);

/** One readable line per offending element, so the failure says what to fix. */
export function blockingProblems({ violations }: Result): string[] {
  return violations
    .filter((violation) => blocking.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) =>
        [
          `${violation.impact} ${violation.id} (${violation.help})`,
          `at ${node.target.join(" ")}: ${node.html.slice(0, 160)}`,
          node.failureSummary?.replace(/\s+/g, " ") ?? "",
        ].join(" | "),
      ),
    );
}
