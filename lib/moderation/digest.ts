import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log, maskEmail } from "@/lib/log";
import { deliver } from "@/lib/mail/transport";
import { composeDigestMail } from "./digest-mail";
import { overdueItems } from "./overdue-items";
import { moderatorScope } from "./scope";

const HOUR = 60 * 60 * 1000;

// A few mails at a time: quicker than one by one, gentle on the mail server.
const MAIL_LANES = 4;

type Options = { now?: Date; hours?: number };

export type DigestRun = { recipients: number; sent: string[]; failed: string[] };

type StaffMember = Awaited<ReturnType<typeof listStaff>>[number];

function listStaff() {
  return db.user.findMany({
    where: { role: { in: ["MODERATOR", "ADMIN"] } },
    select: { id: true, email: true, role: true, locale: true },
    orderBy: { id: "asc" },
  });
}

async function digestFor(person: StaffMember, before: Date, hours: number, now: Date) {
  const scope = await moderatorScope(person);
  const overdue = scope ? await overdueItems(scope, before) : null;
  if (!overdue) return false;

  const mail = await composeDigestMail({
    to: person.email,
    locale: person.locale,
    overdue,
    hours,
    now,
  });
  await deliver(mail);

  return true;
}

/** Runs `work` on every item, a few at a time, each lane taking the next one left. */
async function inLanes<T>(items: T[], work: (item: T) => Promise<void>) {
  const left = [...items];
  const lane = async () => {
    for (let item = left.shift(); item; item = left.shift()) await work(item);
  };

  await Promise.all(Array.from({ length: MAIL_LANES }, lane));
}

/**
 * Mails each moderator and admin, in their language, what in their scope has
 * waited longer than MODERATION_DIGEST_HOURS; those with nothing overdue get
 * no mail. Run once a day (`npm run moderation:digest`, and by `npm start`).
 * One failed mail is logged and does not stop the others.
 */
export async function sendModerationDigest(options: Options = {}): Promise<DigestRun> {
  const now = options.now ?? new Date();
  const hours = options.hours ?? env.MODERATION_DIGEST_HOURS;
  const before = new Date(now.getTime() - hours * HOUR);
  const staff = await listStaff();
  const run: DigestRun = { recipients: staff.length, sent: [], failed: [] };

  await inLanes(staff, async (person) => {
    try {
      if (await digestFor(person, before, hours, now)) run.sent.push(person.id);
    } catch (error) {
      log.error({ err: error, to: maskEmail(person.email) }, "moderation digest failed");
      run.failed.push(person.id);
    }
  });
  log.info({ hours, recipients: run.recipients, sent: run.sent.length }, "moderation digest");

  return run;
}
