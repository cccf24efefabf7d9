import AxeBuilder from "@axe-core/playwright";
import { blockingProblems } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { publicPages } from "./support/site";

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
