// `npm run moderation:digest`: mails each moderator and admin what has waited
// too long in their queue (lib/moderation/digest.ts). `npm start` runs it
// once a day; run it by hand, or from cron, when the site runs elsewhere.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sendModerationDigest } from "@/lib/moderation/digest";

async function main(): Promise<number> {
  const run = await sendModerationDigest();
  const failures = run.failed.length > 0 ? `, ${run.failed.length} failed (see the log)` : "";

  console.log(
    `Moderation digest (items waiting over ${env.MODERATION_DIGEST_HOURS} h): ` +
      `${run.sent.length} mail(s) sent to ${run.recipients} moderator(s) and admin(s)${failures}.`,
  );

  return run.failed.length > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
