import { test as base, type Page } from "@playwright/test";

type Fixtures = {
  /** A page in a fresh context, as AxeBuilder expects. */
  freshPage: Page;
  /** A page with JavaScript off: what it shows is the server's HTML alone. */
  serverPage: Page;
};

export const test = base.extend<Fixtures>({
  freshPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    await use(await context.newPage());
    await context.close();
  },
  serverPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect } from "@playwright/test";
