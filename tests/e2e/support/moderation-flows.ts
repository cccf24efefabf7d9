import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { expectPath, signIn, uniqueIp } from "./accounts";
import { cardLinks, resultCount } from "./directory";
import { fillContent, type Place, jpeg } from "./initiative-form";
import { translatorOf } from "./translate";

// The steps of the moderation flows, each through the pages a person uses.

type Locale = "fr" | "ar";

type Credentials = { email: string; password: string };

/** A browser context of its own (own address for the rate limits), signed in on its way to `path`. */
export async function signedInAt(
  browser: Browser,
  baseURL: string | undefined,
  who: Credentials,
  locale: Locale,
  path: string,
): Promise<Page> {
  const headers = { "x-forwarded-for": uniqueIp() };
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
  const page = await context.newPage();

  await page.goto(`/${locale}/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, locale, who.email, who.password);
  await expectPath(page, path.split("?")[0] ?? path);

  return page;
}

/** The association sends a new initiative through the form; resolves with its id and title. */
export async function submitInitiative(
  page: Page,
  locale: Locale,
  organisationId: string,
  word: string,
  place?: Place,
) {
  const t = translatorOf(locale);

  await page.goto(`/${locale}/my-space/initiatives/new?organisation=${organisationId}`);
  const title = await fillContent(page, locale, word, place);
  await page.locator("#field-images-0-file").setInputFiles(await jpeg());
  await page.locator("#field-images-0-alt").fill(`Photo ${word}`);
  await page.getByRole("button", { name: t("InitiativeForm.submit") }).click();

  const saved = page.getByRole("status").filter({ hasText: t("InitiativeForm.savedSubmitted") });
  await expect(saved).toBeVisible();
  const id = /\/initiatives\/([^/]+)\/edit$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`No initiative id in ${page.url()}`);

  return { id, title };
}

export type QueueFilters = { kind?: "submission" | "edit" | "profile" | "report"; region?: string };

/**
 * The queue's link to the item with this title, read page after page (oldest
 * first: other tests' items may come before it); null when no page lists it.
 */
export async function findInQueue(
  page: Page,
  locale: Locale,
  title: string,
  filters: QueueFilters = {},
): Promise<Locator | null> {
  for (let number = 1; ; number += 1) {
    await page.goto(
      `/${locale}/moderation?${new URLSearchParams({ ...filters, page: `${number}` })}`,
    );
    const link = page
      .getByRole("main")
      .getByRole("listitem")
      .getByRole("link", { name: title, exact: true });
    if ((await link.count()) > 0) return link;
    if ((await page.locator('main a[rel="next"]').count()) === 0) return null;
  }
}

/**
 * Finds the item in the queue and opens its review page: an initiative's,
 * or for a profile edit the organisation's (`item.id` is then its id).
 */
export async function openFromQueue(
  page: Page,
  locale: Locale,
  item: { id: string; title: string },
  filters: QueueFilters,
) {
  const link = await findInQueue(page, locale, item.title, filters);
  if (!link) throw new Error(`"${item.title}" is not in the ${locale} queue`);

  await link.click();
  const subject = filters.kind === "profile" ? "organisations" : "initiatives";
  await expectPath(page, `/${locale}/moderation/${subject}/${item.id}`);
}

const NOTICE_OF = {
  approve: "approved",
  requestChanges: "changesRequested",
  reject: "rejected",
  unpublish: "unpublished",
  restore: "restored",
} as const;

type Choice = keyof typeof NOTICE_OF;

const PROFILE_NOTICE_OF: Partial<Record<Choice, string>> = {
  approve: "profileApproved",
  requestChanges: "profileChangesRequested",
  reject: "profileRejected",
};

/** `edit`: an edit of a published initiative; `profile`: an edit of an organisation's profile. */
type Decision = { reason?: string; message?: string; edit?: boolean; profile?: boolean };

function noticeOf(choice: Choice, decision: Decision): string {
  if (decision.profile) return PROFILE_NOTICE_OF[choice] ?? NOTICE_OF[choice];
  // Refusing an edit leaves the published version online, and the notice says so.
  if (decision.edit && choice === "reject") return "editRejected";

  return NOTICE_OF[choice];
}

/** Takes one decision in the review page's panel, then reads the queue's confirmation. */
export async function decide(page: Page, locale: Locale, choice: Choice, decision: Decision = {}) {
  const t = translatorOf(locale);
  const version = decision.profile ? "profile" : decision.edit ? "edit" : "new";
  const key = `ModerationDecisions.${choice}`;
  const form = page.getByRole("form", { name: t(`${key}.title`, { version }), exact: true });

  if (decision.reason) await form.getByRole("combobox").selectOption(decision.reason);
  if (decision.message) await form.getByRole("textbox").fill(decision.message);
  await form.getByRole("button", { name: t(`${key}.submit`, { version }) }).click();

  await expectPath(page, `/${locale}/moderation`);
  const notice = t(`ModerationQueue.notice.${noticeOf(choice, decision)}`);
  await expect(page.getByRole("status").filter({ hasText: notice })).toBeVisible();
}

/** The initiative's entry in My space, under the heading of its status. */
export async function mySpaceEntry(page: Page, locale: Locale, status: string, title: string) {
  const heading = translatorOf(locale)(`MySpace.status.${status}`);

  await page.goto(`/${locale}/my-space`);

  return page
    .getByRole("region", { name: new RegExp(`^${heading} \\(\\d+\\)$`) })
    .getByRole("listitem")
    .filter({ hasText: title });
}

/** How many initiatives a visitor finds in the directory for this word. */
export async function searchCount(page: Page, word: string): Promise<number> {
  await page.goto(`/fr/initiatives?q=${encodeURIComponent(word)}`);

  return resultCount(page);
}

/** The public page a visitor opens from the directory's result for this word; resolves with its path. */
export async function openFromSearch(page: Page, word: string): Promise<string> {
  expect(await searchCount(page, word)).toBe(1);
  const href = decodeURIComponent((await cardLinks(page).getAttribute("href")) ?? "");
  await cardLinks(page).click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(href);

  return href;
}
