import { test as base, type Page } from "@playwright/test";
import { deleteAccounts, uniqueIp } from "./accounts";

type Fixtures = {
  /** A fresh browser context with an address of its own, so limits do not add up across tests. */
  visitor: Page;
  /** The same, with JavaScript off: what the server's HTML and forms do alone. */
  serverVisitor: Page;
  /** Addresses whose accounts are deleted when the test ends. */
  created: string[];
};

export const test = base.extend<Fixtures>({
  visitor: async ({ browser, baseURL }, use) => {
    const headers = { "x-forwarded-for": uniqueIp() };
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
    await use(await context.newPage());
    await context.close();
  },
  serverVisitor: async ({ browser, baseURL }, use) => {
    const headers = { "x-forwarded-for": uniqueIp() };
    const options = { baseURL, extraHTTPHeaders: headers, javaScriptEnabled: false };
    const context = await browser.newContext(options);
    await use(await context.newPage());
    await context.close();
  },
  // Playwright reads the fixtures a function needs from its destructured first argument.
  created: async ({}, use) => {
    const emails: string[] = [];
    await use(emails);
    await deleteAccounts(emails);
  },
});

export { expect } from "@playwright/test";
