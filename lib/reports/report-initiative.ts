import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { consume } from "@/lib/rate-limit/limiters";
import { HONEYPOT_FIELD, type ReportInput } from "./report-schema";

type Context = { locale: AppLocale; ip: string };

async function publishedInitiativeId(slug: string): Promise<string> {
  const initiative = await db.initiative.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!initiative) throw new AppError("notFound");

  return initiative.id;
}

/**
 * Stores a visitor's report on a published initiative, in the language of
 * the page they wrote it on, for the moderation queue. A filled trap field
 * means a bot: it gets the same answer as a person and nothing is stored.
 * Returns whether a report was stored.
 */
export async function reportInitiative(input: ReportInput, { locale, ip }: Context) {
  if (input[HONEYPOT_FIELD]?.trim()) {
    log.info({ slug: input.slug }, "report trap filled; nothing stored");

    return false;
  }

  if (!(await consume([{ rule: "reportPerIp", key: ip }]))) throw new AppError("rateLimited");

  const initiativeId = await publishedInitiativeId(input.slug);
  const report = await db.report.create({
    data: { initiativeId, reasonCode: input.reason, text: input.text, locale },
    select: { id: true },
  });
  log.info({ reportId: report.id, initiativeId }, "report received");

  return true;
}
