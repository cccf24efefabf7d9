import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { expectPath, signIn } from "./support/accounts";
import { messagesOf } from "./support/initiative-form";
import { moderatorWithQueue, removeQueue } from "./support/moderation-queue-data";

type AxeResult = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function blockingProblems({ violations }: AxeResult): string[] {
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}`),
    );
}

async function expectAccessible(page: Page) {
  expect(blockingProblems(await new AxeBuilder({ page }).analyze())).toEqual([]);
}

/** A text of the interface, by its dotted key, in the language tested. */
function textOf(locale: "fr" | "ar", path: string): string {
  const value = path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      messagesOf(locale),
    );
  if (typeof value !== "string") throw new Error(`No message ${path}`);

  return value;
}

for (const locale of ["fr", "ar"] as const) {
  test(`a ${locale} moderator reads the queue, a review with a diff and the log`, async ({
    visitor: page,
  }) => {
    const t = (path: string) => textOf(locale, path);
    const word = `w${randomUUID().slice(0, 8)}`;
    const moderator = await moderatorWithQueue(locale, word);

    try {
      await page.goto(`/${locale}/moderation`);
      await signIn(page, locale, moderator.email, moderator.password);
      await expectPath(page, `/${locale}/moderation`);

      const main = page.getByRole("main");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ModerationQueue.title"));
      // Each title in the moderator's language when the author wrote it.
      const { titles } = moderator;
      const submission = locale === "ar" ? titles.submissionInArabic : titles.submission;
      const edit = locale === "ar" ? titles.editInArabic : titles.edit;
      for (const title of [submission, edit, titles.report]) {
        await expect(main.getByRole("link", { name: new RegExp(title) })).toBeVisible();
      }
      await expect(main.getByText(moderator.titles.elsewhere)).toHaveCount(0);
      await expect(main.getByText(t("ModerationQueue.overdue")).first()).toBeVisible();
      await expectAccessible(page);

      await main.getByRole("link", { name: new RegExp(edit) }).click();
      await expectPath(page, `/${locale}/moderation/initiatives/${moderator.ids.edit}`);
      await expect(
        page.getByRole("heading", { name: t("ModerationReview.diffTitle.published") }),
      ).toBeVisible();
      await expect(page.locator("ins").first()).toBeVisible();
      await expect(
        page.getByRole("heading", { name: t("ModerationReview.decisionTitle") }),
      ).toBeVisible();
      await expectAccessible(page);

      await page.goto(`/${locale}/moderation/initiatives/${moderator.ids.report}`);
      await expect(page.getByText("الموقع لا يعمل.")).toHaveAttribute("lang", "ar");
      await expectAccessible(page);

      await page.getByRole("link", { name: t("ModerationNav.log") }).click();
      await expectPath(page, `/${locale}/moderation/log`);
      const line = page.getByRole("listitem").filter({ hasText: moderator.titles.edit });
      await expect(line).toContainText("Salma Idrissi");
      await expect(line).toContainText(t("ModerationLog.action.APPROVE"));
      await expectAccessible(page);

      const outside = await page.goto(
        `/${locale}/moderation/initiatives/${moderator.ids.elsewhere}`,
      );
      expect(outside?.status()).toBe(404);
    } finally {
      await removeQueue(moderator.organisationId, moderator.email);
    }
  });
}
