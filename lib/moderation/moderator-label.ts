import "server-only";
import { maskEmail } from "@/lib/log";

/** How the log names a moderator: their name, else a masked address. */
export function moderatorLabel(moderator: { name: string | null; email: string }): string {
  return moderator.name?.trim() || maskEmail(moderator.email);
}
