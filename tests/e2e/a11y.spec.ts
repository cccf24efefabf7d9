import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { publicPages } from "./support/site";

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const blocking = new Set(["serious", "critical"]);

/** One readable line per offending element, so the failure says what to fix. */
function blockingProblems({ violations }: Result): string[] {
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

for (const locale of ["fr", "ar"] as const) {
  for (const { name, path } of publicPages) {
    test(`the ${locale} ${name} has no serious or critical axe violation`, async ({
      freshPage,
    }) => {
      const response = await freshPage.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);

      const result = await new AxeBuilder({ page: freshPage }).analyze();

      expect(blockingProblems(result)).toEqual([]);
    });
  }
}
