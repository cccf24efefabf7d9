import "server-only";
import { db } from "@/lib/db/client";
import { slugify, uniqueSlug } from "@/lib/text/slug";

async function slugTaken(slug: string): Promise<boolean> {
  const found = await db.organisation.findUnique({ where: { slug }, select: { id: true } });

  return found !== null;
}

/** A free slug for an organisation's name (Arabic names keep Arabic slugs). */
export function organisationSlug(name: string): Promise<string> {
  return uniqueSlug(slugify(name, "organisation"), slugTaken);
}
