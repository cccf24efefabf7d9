import type { TestProject } from "vitest/node";
import { startMailCatcher } from "../../support/mail-catcher.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    smtpUrl: string;
    mailReaderUrl: string;
  }
}

/** One real SMTP server on loopback for the whole integration run. */
export default async function setup(project: TestProject) {
  const catcher = await startMailCatcher({ http: true });
  project.provide("smtpUrl", catcher.smtpUrl);
  project.provide("mailReaderUrl", catcher.readerUrl ?? "");

  return () => catcher.stop();
}
