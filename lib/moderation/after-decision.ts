import "server-only";
import type { ModerationAction } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { announceDecision, type Announcement } from "./decision-mail";

type Logged = { decisionId: string; initiativeId: string; action: ModerationAction };

/**
 * What follows a committed decision: one log line for operators (ids only),
 * and the mails to the association when it has something to learn.
 */
export function afterDecision(
  moderatorId: string,
  logged: Logged,
  announcement?: Omit<Announcement, "initiativeId">,
) {
  log.info({ ...logged, moderatorId }, "moderation decision recorded");
  if (announcement) announceDecision({ ...announcement, initiativeId: logged.initiativeId });
}
