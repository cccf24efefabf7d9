import type { Page } from "@playwright/test";
import { expect, test } from "./support/account-fixtures";
import { createAccount, linkSentTo } from "./support/accounts";
import { homeFigure } from "./support/home";
import { published, removeFlowOwners, submitted } from "./support/moderation-flow-setup";
import {
  decide,
  findInQueue,
  mySpaceEntry,
  openFromQueue,
  openFromSearch,
  searchCount,
  signedInAt,
  submitInitiative,
} from "./support/moderation-flows";
import { closeAll } from "./support/organisations";
import { translatorOf } from "./support/translate";
import { mailsTo } from "../support/read-mail";

// Each flow goes through the pages: the association in one browser context,
// the moderator in another, the public in a third.

test.afterAll(removeFlowOwners);

// Sign-ins (argon2), form posts and mails: a flow takes longer than a page check.
test.describe.configure({ timeout: 120_000 });

const fr = translatorOf("fr");

const title = (page: Page) => page.getByRole("heading", { level: 1 });

// The home page's total of published initiatives is shared with the other
// specs of this project, which publish and remove fixtures at the same time,
// so comparing it would race. Each flow that checks a home count publishes in
// a theme no other spec uses, and compares that theme's count on the home page.
function homeThemeCount(page: Page, label: string) {
  return homeFigure(page, fr("Home.byTheme"), label);
}

test("an approved submission is public: its page, the search, the home count", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const place = { region: "MA-07", theme: "mobility" };
  const cast = { writes: "fr", moderates: "fr", place } as const;
  const { word, writer, item, reviewer } = await submitted(browser, baseURL, cast);
  const countBefore = await homeThemeCount(visitor, "Mobilité");
  expect(await searchCount(visitor, word)).toBe(0);

  await openFromQueue(reviewer, "fr", item, { kind: "submission", region: place.region });
  await expect(title(reviewer)).toHaveText(item.title);
  await decide(reviewer, "fr", "approve");

  const path = await openFromSearch(visitor, word);
  await expect(title(visitor)).toHaveText(item.title);
  const photo = visitor.getByRole("img", { name: `Photo ${word}` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  expect((await visitor.goto(path))?.status()).toBe(200);
  expect(await homeThemeCount(visitor, "Mobilité")).toBe(countBefore + 1);
  await expect(await mySpaceEntry(writer, "fr", "PUBLISHED", item.title)).toBeVisible();
  await closeAll([writer, reviewer]);
});

test("changes requested in Arabic reach My space and the mail; the fix is approved", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const t = translatorOf("ar");
  const cast = { writes: "ar", moderates: "ar" } as const;
  const { word, owner, writer, item, reviewer } = await submitted(browser, baseURL, cast);
  const message = `أضيفوا اسم الحي بالضبط ${word}`;

  await expect(reviewer.locator("html")).toHaveAttribute("dir", "rtl");
  await openFromQueue(reviewer, "ar", item, { kind: "submission", region: "MA-07" });
  await expect(reviewer.locator("html")).toHaveAttribute("dir", "rtl");
  await decide(reviewer, "ar", "requestChanges", { message });

  const entry = await mySpaceEntry(writer, "ar", "CHANGES_REQUESTED", item.title);
  await expect(entry).toContainText(t("MySpace.moderatorMessage"));
  await expect(entry.locator("blockquote")).toHaveText(message);
  const [mail] = await mailsTo(process.env.MAIL_READER_URL ?? "", owner.email);
  // Mails wrap titles in Unicode isolates (lib/i18n/bidi.ts).
  const subject = t("Mail.decisionChangesRequested.subject", {
    version: "new",
    title: `\u2068${item.title}\u2069`,
  });
  expect(mail?.subject).toBe(subject);
  expect(mail?.text).toContain(message);

  await writer.goto(await linkSentTo(owner.email));
  await expect(writer.getByText(t("InitiativeForm.changesRequested"))).toBeVisible();
  await expect(writer.getByText(message)).toBeVisible();
  const fixed = `${item.title} بدوار السلام`;
  const arabic = writer.getByRole("group", { name: t("InitiativeForm.languageAr") });
  await arabic.getByLabel(t("InitiativeForm.title")).fill(fixed);
  await writer.getByRole("button", { name: t("InitiativeForm.submit") }).click();
  await expect(
    writer.getByRole("status").filter({ hasText: t("InitiativeForm.savedSubmitted") }),
  ).toBeVisible();

  const resubmitted = { id: item.id, title: fixed };
  await openFromQueue(reviewer, "ar", resubmitted, { kind: "submission", region: "MA-07" });
  await expect(
    reviewer.getByRole("heading", { name: t("ModerationReview.diffTitle.changesRequested") }),
  ).toBeVisible();
  await decide(reviewer, "ar", "approve");

  await openFromSearch(visitor, word);
  await expect(title(visitor)).toHaveText(fixed);
  await closeAll([writer, reviewer]);
});

test("a refusal's reason reaches My space in the association's language, with the text", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const t = translatorOf("ar");
  const cast = { writes: "ar", moderates: "fr" } as const;
  const { word, writer, item, reviewer } = await submitted(browser, baseURL, cast);
  const explanation = `Le lieu indiqué est hors du Maroc (${word}).`;

  await openFromQueue(reviewer, "fr", item, { kind: "submission", region: "MA-07" });
  await decide(reviewer, "fr", "reject", { reason: "notInMorocco", message: explanation });

  const entry = await mySpaceEntry(writer, "ar", "REJECTED", item.title);
  const reason = t("ModerationReason.notInMorocco");
  await expect(entry).toContainText(t("MySpace.rejectionReason", { reason }));
  await expect(entry.locator("blockquote")).toHaveText(explanation);
  expect(await searchCount(visitor, word)).toBe(0);
  await closeAll([writer, reviewer]);
});

test("an edit of a published initiative stays private until approved, then replaces it", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const cast = { writes: "fr", moderates: "fr" } as const;
  const { word, writer, item, reviewer, path } = await published(browser, baseURL, visitor, cast);
  const edited = `Potager partagé ${word}`;

  await writer.goto(`/fr/my-space/initiatives/${item.id}/edit`);
  await expect(writer.getByText(fr("InitiativeForm.publishedNotice"))).toBeVisible();
  const french = writer.getByRole("group", { name: fr("InitiativeForm.languageFr") });
  await french.getByLabel(fr("InitiativeForm.title")).fill(edited);
  await writer.getByRole("button", { name: fr("InitiativeForm.submit") }).click();
  await expect(
    writer.getByRole("status").filter({ hasText: fr("InitiativeForm.savedRevisionSubmitted") }),
  ).toBeVisible();

  await visitor.goto(path);
  await expect(title(visitor)).toHaveText(item.title);

  await openFromQueue(reviewer, "fr", { id: item.id, title: edited }, { kind: "edit" });
  await expect(
    reviewer.getByRole("heading", { name: fr("ModerationReview.diffTitle.published") }),
  ).toBeVisible();
  const field = fr("ModerationReview.field.title");
  const titleName = fr("ModerationReview.fieldIn", { field, language: fr("LanguageNames.fr") });
  const row = reviewer
    .getByRole("listitem")
    .filter({ has: reviewer.getByRole("heading", { name: titleName }) });
  await expect(row.getByText(item.title, { exact: true })).toBeVisible();
  await expect(row.getByText(edited, { exact: true })).toBeVisible();
  await expect(row.locator("ins")).toHaveText("Potager partagé ");
  await decide(reviewer, "fr", "approve", { edit: true });

  expect((await visitor.goto(path))?.status()).toBe(200);
  await expect(title(visitor)).toHaveText(edited);
  await closeAll([writer, reviewer]);
});

test("a reported initiative unpublished in Arabic is gone everywhere, then restored", async ({
  browser,
  baseURL,
  visitor,
}) => {
  const t = translatorOf("ar");
  const place = { region: "MA-07", theme: "advocacy" };
  const cast = { writes: "fr", moderates: "ar", place } as const;
  const flow = await published(browser, baseURL, visitor, cast);
  const { word, writer, item, reviewer, path } = flow;
  const countPublished = await homeThemeCount(visitor, "Plaidoyer");

  const report = `Cette action s’est arrêtée l’an dernier (${word}).`;
  await visitor.goto(path);
  await visitor.getByText(fr("Report.summary"), { exact: true }).click();
  await visitor.getByRole("radio", { name: fr("ReportReason.outdated") }).check();
  await visitor.getByLabel(fr("Report.text")).fill(report);
  await visitor.getByRole("button", { name: fr("Report.submit") }).click();
  await expect(visitor.getByRole("status").filter({ hasText: fr("Report.done") })).toBeVisible();

  await openFromQueue(reviewer, "ar", item, { kind: "report", region: place.region });
  await expect(reviewer.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(reviewer.getByText(report)).toHaveAttribute("lang", "fr");
  const explanation = `انتهت هذه المبادرة حسب بلاغ زائر ${word}`;
  await decide(reviewer, "ar", "unpublish", {
    reason: "insufficientInformation",
    message: explanation,
  });

  expect((await visitor.goto(path))?.status()).toBe(404);
  expect(await searchCount(visitor, word)).toBe(0);
  expect(await homeThemeCount(visitor, "Plaidoyer")).toBe(countPublished - 1);
  const entry = await mySpaceEntry(writer, "fr", "UNPUBLISHED", item.title);
  const reason = fr("ModerationReason.insufficientInformation");
  await expect(entry).toContainText(fr("MySpace.rejectionReason", { reason }));
  await expect(entry.locator("blockquote")).toHaveText(explanation);

  await reviewer.goto(flow.reviewPath);
  const status = t("ModerationReview.status.UNPUBLISHED");
  await expect(reviewer.getByText(t("ModerationReview.statusIs", { status }))).toBeVisible();
  await decide(reviewer, "ar", "restore");

  expect((await visitor.goto(path))?.status()).toBe(200);
  await expect(title(visitor)).toHaveText(item.title);
  expect(await searchCount(visitor, word)).toBe(1);
  expect(await homeThemeCount(visitor, "Plaidoyer")).toBe(countPublished);
  await expect(await mySpaceEntry(writer, "fr", "PUBLISHED", item.title)).toBeVisible();
  await closeAll([writer, reviewer]);
});

test("a moderator appointed for one region sees its items only; another region's is a 404", async ({
  browser,
  baseURL,
}) => {
  const t = translatorOf("ar");
  const cast = {
    writes: "fr",
    moderates: "ar",
    place: { region: "MA-10", theme: "water" },
  } as const;
  const flow = await submitted(browser, baseURL, cast);
  const { writer, item: own, reviewer: appointing } = flow;
  const other = await submitInitiative(writer, "fr", flow.owner.organisationId, `${flow.word}m`);
  const candidate = await createAccount({ locale: "ar" });

  await appointing.goto("/ar/admin/moderators");
  await expect(appointing.locator("html")).toHaveAttribute("dir", "rtl");
  await appointing.getByLabel(t("AdminModerators.email")).fill(candidate.email);
  await appointing.getByRole("checkbox", { name: "كلميم-واد نون" }).check();
  await appointing.getByRole("button", { name: t("AdminModerators.grant") }).click();
  await expect(
    appointing.getByRole("status").filter({ hasText: t("AdminModerators.notice.granted") }),
  ).toBeVisible();
  expect(await findInQueue(appointing, "ar", other.title, { region: "MA-07" })).not.toBeNull();

  const regional = await signedInAt(browser, baseURL, candidate, "ar", "/ar/moderation");
  await expect(regional.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(
    regional.getByText(t("ModerationQueue.scopeNote", { regions: "كلميم-واد نون" })),
  ).toBeVisible();
  expect(await findInQueue(regional, "ar", other.title)).toBeNull();
  await openFromQueue(regional, "ar", own, {});
  await expect(title(regional)).toHaveText(own.title);

  const outside = await regional.goto(`/ar/moderation/initiatives/${other.id}`);
  expect(outside?.status()).toBe(404);
  await closeAll([writer, appointing, regional]);
});
