import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import { accountMailsSent } from "@/lib/accounts/account-mail";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CaughtMail } from "../../support/mail-catcher.mjs";
import { linkIn, mailsTo } from "../../support/read-mail";

type NewUser = { password?: string; verified?: boolean; locale?: "fr" | "ar" | "en" };

/** What one test creates: addresses and IPs no other test uses, and the accounts behind them. */
export class Accounts {
  private readonly run = randomUUID().slice(0, 8);
  private count = 0;
  private readonly emails = new Set<string>();

  /** A fresh address; deleted with its account when the test ends. */
  email(label = "user"): string {
    this.count += 1;
    const email = `${label}-${this.run}-${this.count}@example.org`;
    this.emails.add(email);

    return email;
  }

  ip(): string {
    this.count += 1;

    return `test-${this.run}-${this.count}`;
  }

  async user({
    password = "a long enough password",
    verified = true,
    locale = "fr",
  }: NewUser = {}) {
    const email = this.email();
    const user = await db.user.create({
      data: {
        email,
        locale,
        passwordHash: await hashPassword(password),
        emailVerifiedAt: verified ? new Date() : null,
      },
    });

    return { ...user, password };
  }

  /** Adds an address created by the code under test, to delete its account afterwards. */
  track(email: string) {
    this.emails.add(email);
  }

  async cleanup() {
    await db.user.deleteMany({ where: { email: { in: [...this.emails] } } });
  }
}

/** Every mail the code under test has sent so far to this address, oldest first. */
export async function sentTo(address: string): Promise<CaughtMail[]> {
  await accountMailsSent();

  return mailsTo(process.env.MAIL_READER_URL ?? "", address, { count: 0, timeoutMs: 0 });
}

/** The token in the link of the only or latest mail to this address. */
export async function tokenSentTo(address: string): Promise<{ mail: CaughtMail; token: string }> {
  const mails = await sentTo(address);
  const mail = mails.at(-1);
  if (!mail) throw new Error(`No mail to ${address}`);

  const token = new URL(linkIn(mail)).searchParams.get("token");
  if (!token) throw new Error(`No token in the link of "${mail.subject}"`);

  return { mail, token };
}

/** A test that receives fresh addresses and deletes their accounts when it ends. */
export const test = base.extend<{ accounts: Accounts }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  accounts: async ({}, use) => {
    const accounts = new Accounts();

    await use(accounts);
    await accounts.cleanup();
  },
});
