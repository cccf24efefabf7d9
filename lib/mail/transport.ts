import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { env } from "@/lib/env";
import { log, maskEmail } from "@/lib/log";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The link the mail is about, logged when no SMTP server is configured. */
  link?: string;
};

const smtp = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
// Renders the whole message (headers, both parts) without sending it.
const toFile = nodemailer.createTransport({ streamTransport: true, buffer: true });

async function saveToFolder(options: SendMailOptions, mail: OutgoingMail) {
  const info = await toFile.sendMail(options);
  const folder = path.resolve(env.MAIL_DIR);
  const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, "-")}.eml`);

  await mkdir(folder, { recursive: true });
  await writeFile(file, info.message as Buffer);
  // Without SMTP this line is how a person trying the site verifies an account.
  log.info({ to: maskEmail(mail.to), file, link: mail.link }, `mail saved: ${mail.subject}`);
}

export async function deliver(mail: OutgoingMail): Promise<void> {
  const options: SendMailOptions = {
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  };

  if (!smtp) return saveToFolder(options, mail);

  await smtp.sendMail(options);
  log.info({ to: maskEmail(mail.to) }, `mail sent: ${mail.subject}`);
}
