import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import type { InitiativeContent } from "./content";

/** A free slug from the title in the original language; `selfId` may keep its own. */
export async function freeInitiativeSlug(
  tx: Prisma.TransactionClient,
  content: InitiativeContent,
  selfId?: string,
): Promise<string> {
  const original = content.translations.find((t) => t.locale === content.originalLocale);
  const base = slugify(original?.title ?? content.translations[0]?.title ?? "", "initiative");

  return uniqueSlug(base, async (slug) => {
    const taken = await tx.initiative.findFirst({
      where: { slug, ...(selfId ? { id: { not: selfId } } : {}) },
      select: { id: true },
    });

    return taken !== null;
  });
}
