import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";

/** Refuses theme slugs that do not exist (the form only offers real ones). */
export async function assertThemesExist(slugs: string[]) {
  if (slugs.length === 0) return;

  const found = await db.theme.count({ where: { slug: { in: slugs } } });
  if (found !== new Set(slugs).size) {
    throw new AppError("invalidInput", "themes", "initiativeThemesRequired");
  }
}
