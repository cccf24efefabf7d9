import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { createAccount } from "./accounts";
import { createOwner, type Place } from "./initiative-form";
import { decide, openFromSearch, signedInAt, submitInitiative } from "./moderation-flows";
import { removeQueue } from "./moderation-queue-data";
import { makeAdmin } from "./staff-db";

// The starting point of a moderation flow, through the pages. The owners made
// here are removed by removeFlowOwners, once the tests of a file are done.

type Owner = Awaited<ReturnType<typeof createOwner>>;

const owners: Owner[] = [];

/**
 * Archives what the owners' organisations hold and deletes the owners.
 * Decisions are append-only and keep their initiative and moderator: those
 * initiatives stay, archived (off every public page and the queue).
 */
export async function removeFlowOwners() {
  await Promise.all(owners.splice(0).map((o) => removeQueue(o.organisationId, o.email)));
}

export type Cast = { writes: "fr" | "ar"; moderates: "fr" | "ar"; place?: Place };

/**
 * An association, signed in, that has just sent a new initiative through the
 * form (titled with a word no other test uses), and a moderator signed in on
 * the queue, each in a browser context of their own.
 */
export async function submitted(browser: Browser, baseURL: string | undefined, cast: Cast) {
  const word = `fl${randomUUID().slice(0, 8)}`;
  const owner = await createOwner(cast.writes);
  owners.push(owner);
  const moderator = await createAccount({ locale: cast.moderates });
  await makeAdmin(moderator.email);
  const writer = await signedInAt(browser, baseURL, owner, cast.writes, `/${cast.writes}/my-space`);
  const item = await submitInitiative(writer, cast.writes, owner.organisationId, word, cast.place);
  const queue = `/${cast.moderates}/moderation`;
  const reviewer = await signedInAt(browser, baseURL, moderator, cast.moderates, queue);

  return { word, owner, writer, item, reviewer };
}

/** The same, approved from its review page; with the public page's path, read from the search. */
export async function published(
  browser: Browser,
  baseURL: string | undefined,
  visitor: Page,
  cast: Cast,
) {
  const flow = await submitted(browser, baseURL, cast);
  const reviewPath = `/${cast.moderates}/moderation/initiatives/${flow.item.id}`;

  await flow.reviewer.goto(reviewPath);
  await decide(flow.reviewer, cast.moderates, "approve");

  return { ...flow, reviewPath, path: await openFromSearch(visitor, flow.word) };
}
