import { describe, expect, test as base } from "vitest";
import { db } from "@/lib/db/client";
import { sendModerationDigest } from "@/lib/moderation/digest";
import { mailsTo } from "../support/read-mail";
import { Fixtures } from "./support/fixtures";
import { Staff } from "./support/staff";

const HOUR = 60 * 60 * 1000;

// Each run mails every moderator and admin in the database, other tests' included.
const DIGEST_TIMEOUT = 30_000;

const test = base.extend<{ fixtures: Fixtures; staff: Staff }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  fixtures: async ({}, use) => {
    const fixtures = new Fixtures();
    await use(fixtures);
    await fixtures.cleanup();
  },
  staff: async ({}, use) => {
    const staff = new Staff();
    await use(staff);
    await staff.cleanup();
  },
});

const hoursAgo = (hours: number, now: Date) => new Date(now.getTime() - hours * HOUR);

const mailsFor = (email: string) =>
  mailsTo(process.env.MAIL_READER_URL ?? "", email, { count: 0, timeoutMs: 0 });

/**
 * In MA-11: a submission, an edit and a report that have waited 50, 60 and
 * 49 hours, a submission of 2 hours and a closed report; in MA-10, a
 * submission of 100 hours.
 */
async function queue(fixtures: Fixtures, now: Date) {
  const inRegion = { regionCodes: ["MA-11"] };
  const pending = async (title: string, hours: number, regionCodes: string[]) => {
    const initiative = await fixtures.initiative({ title, status: "PENDING_REVIEW", regionCodes });
    await db.initiative.update({
      where: { id: initiative.id },
      data: { submittedAt: hoursAgo(hours, now) },
    });
  };

  await pending("Nouvelle ancienne", 50, inRegion.regionCodes);
  await pending("Nouvelle récente", 2, inRegion.regionCodes);
  await pending("Ailleurs", 100, ["MA-10"]);
  const edited = await fixtures.initiative({ title: "Modifiée", ...inRegion });
  await db.initiativeRevision.create({
    data: {
      initiativeId: edited.id,
      number: 1,
      status: "PENDING_REVIEW",
      content: {},
      submittedAt: hoursAgo(60, now),
    },
  });
  const reported = await fixtures.initiative({ title: "Signalée", ...inRegion });
  await db.report.createMany({
    data: [
      {
        initiativeId: reported.id,
        reasonCode: "spam",
        text: "x".repeat(12),
        status: "OPEN" as const,
      },
      {
        initiativeId: reported.id,
        reasonCode: "spam",
        text: "y".repeat(12),
        status: "RESOLVED" as const,
      },
    ].map((report, i) => ({ ...report, createdAt: hoursAgo(49 + i * 100, now) })),
  });
}

describe("sendModerationDigest", { timeout: DIGEST_TIMEOUT }, () => {
  test("mails a regional moderator in their language what is overdue in their regions", async ({
    fixtures,
    staff,
  }) => {
    const now = new Date();
    await queue(fixtures, now);
    const moderator = await staff.person({
      role: "MODERATOR",
      locale: "ar",
      regionCodes: ["MA-11"],
    });

    const run = await sendModerationDigest({ now });
    const [mail, ...more] = await mailsFor(moderator.email);

    expect(run.sent).toContain(moderator.id);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("3 عناصر تنتظر قرارًا");
    expect(mail?.text).toContain("تنتظر هذه العناصر منذ أكثر من 48 ساعة");
    expect(mail?.text).toContain("- مبادرة جديدة واحدة\n- تعديل واحد لمبادرة منشورة\n");
    expect(mail?.text).toContain("- مبادرة واحدة أبلغ عنها الجمهور");
    expect(mail?.text).toContain("أقدمها ينتظر منذ يومين.");
    expect(mail?.text).toMatch(/فتح قائمة الإشراف: http:\/\/\S+\/ar\/moderation\n/);
    expect(mail?.html).toContain('<html lang="ar" dir="rtl">');
  });

  test("counts only what has waited longer than the threshold", async ({ fixtures, staff }) => {
    const now = new Date();
    await queue(fixtures, now);
    const moderator = await staff.person({ role: "MODERATOR", regionCodes: ["MA-11"] });

    await sendModerationDigest({ now, hours: 55 });
    await sendModerationDigest({ now, hours: 61 });
    const mails = await mailsFor(moderator.email);

    expect(mails.map((mail) => mail.subject)).toEqual(["1 élément attend une décision"]);
    expect(mails[0]?.text).toContain("depuis plus de 55 heures :\n\n- 1 modification d’une");
    expect(mails[0]?.text).not.toContain("nouvelle initiative");
    expect(mails[0]?.text).toContain("Le plus ancien attend depuis 2 jours.");
  });

  test("sends nothing to a moderator whose regions have nothing overdue", async ({
    fixtures,
    staff,
  }) => {
    const now = new Date();
    await queue(fixtures, now);
    const moderator = await staff.person({ role: "MODERATOR", regionCodes: ["MA-09"] });
    const member = await staff.person();

    const run = await sendModerationDigest({ now });

    expect(run.sent).not.toContain(moderator.id);
    expect(await mailsFor(moderator.email)).toEqual([]);
    expect(await mailsFor(member.email)).toEqual([]);
  });

  test("gives an admin the count of every region, in English", async ({ fixtures, staff }) => {
    const now = new Date();
    await queue(fixtures, now);
    const admin = await staff.person({ role: "ADMIN", locale: "en" });

    await sendModerationDigest({ now });
    const [mail] = await mailsFor(admin.email);
    const submissions = Number(/- (\d+) new initiatives?\n/.exec(mail?.text ?? "")?.[1]);

    expect(mail?.subject).toMatch(/^\d+ items are waiting for a decision$/);
    expect(submissions).toBeGreaterThanOrEqual(2);
    expect(mail?.text).toMatch(/The oldest has waited \d+ days\./);
    expect(mail?.text).toMatch(/Open the moderation queue: http:\/\/\S+\/en\/moderation\n/);
  });
});
