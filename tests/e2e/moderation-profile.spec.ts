import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { expectPath } from "./support/accounts";
import { published, removeFlowOwners } from "./support/moderation-flow-setup";
import { decide, openFromQueue } from "./support/moderation-flows";
import { closeAll } from "./support/organisations";
import { translatorOf } from "./support/translate";

// The association in one browser context, the moderator in another, the
// public in a third, each through the pages a person uses.

test.afterAll(removeFlowOwners);

// Sign-ins (argon2), form posts and mails: a flow takes longer than a page check.
test.describe.configure({ timeout: 120_000 });

const fr = translatorOf("fr");
const ar = translatorOf("ar");

const title = (page: Page) => page.getByRole("heading", { level: 1 });

test("a public organisation's new name stays private until a moderator approves it", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const cast = { writes: "fr", moderates: "fr" } as const;
  const { word, owner, writer, reviewer } = await published(browser, baseURL, visitor, cast);
  const organisationPath = `/fr/organisations/${owner.organisationId}`;
  await visitor.goto(organisationPath);
  const approvedName = (await title(visitor).textContent()) ?? "";
  const renamed = `Oasis ${word}`;

  await writer.goto(`/fr/my-space/organisations/${owner.organisationId}/edit`);
  await expect(writer.getByText(fr("OrganisationForm.publicNotice"))).toBeVisible();
  await writer.getByLabel(fr("OrganisationForm.name"), { exact: true }).first().fill(renamed);
  await writer.getByLabel(fr("OrganisationForm.region")).selectOption({ label: "Marrakech-Safi" });
  await writer.getByRole("button", { name: fr("OrganisationForm.sendForReview") }).click();
  await expectPath(writer, "/fr/my-space");
  const sent = fr("MySpace.notice.profileSubmitted");
  await expect(writer.getByRole("status").filter({ hasText: sent })).toBeVisible();
  await expect(writer.getByText(fr("MySpace.profileEdit.PENDING_REVIEW"))).toBeVisible();

  expect((await visitor.goto(organisationPath))?.status()).toBe(200);
  await expect(title(visitor)).toHaveText(approvedName);
  await expect(visitor.getByText(renamed)).toHaveCount(0);

  const item = { id: owner.organisationId, title: renamed };
  await openFromQueue(reviewer, "fr", item, { kind: "profile", region: "MA-07" });
  const field = fr("ModerationReview.field.name");
  const nameField = fr("ModerationReview.fieldIn", { field, language: fr("LanguageNames.fr") });
  const row = reviewer
    .getByRole("listitem")
    .filter({ has: reviewer.getByRole("heading", { name: nameField }) });
  await expect(row.getByText(renamed, { exact: true })).toBeVisible();
  await decide(reviewer, "fr", "approve", { profile: true });

  await visitor.goto(organisationPath);
  await expect(title(visitor)).toHaveText(renamed);
  await closeAll([writer, reviewer]);
});

test("a request for changes to a profile reaches the association, in Arabic", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const cast = { writes: "ar", moderates: "ar" } as const;
  const { word, owner, writer, reviewer } = await published(browser, baseURL, visitor, cast);
  const renamed = `واحة ${word}`;

  await writer.goto(`/ar/my-space/organisations/${owner.organisationId}/edit`);
  await writer.getByLabel(ar("OrganisationForm.name"), { exact: true }).first().fill(renamed);
  await writer.getByLabel(ar("OrganisationForm.region")).selectOption("MA-01");
  await writer.getByRole("button", { name: ar("OrganisationForm.sendForReview") }).click();
  await expectPath(writer, "/ar/my-space");

  const item = { id: owner.organisationId, title: renamed };
  await openFromQueue(reviewer, "ar", item, { kind: "profile", region: "MA-01" });
  const { violations } = await new AxeBuilder({ page: reviewer }).analyze();
  const blocking = violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""));
  expect(blocking.map((v) => v.id)).toEqual([]);
  const message = `أضيفوا اسم المدينة ${word}`;
  await decide(reviewer, "ar", "requestChanges", { profile: true, message });

  await writer.goto("/ar/my-space");
  await expect(writer.getByText(ar("MySpace.profileEdit.CHANGES_REQUESTED"))).toBeVisible();
  await expect(writer.getByText(message)).toBeVisible();
  await closeAll([writer, reviewer]);
});
