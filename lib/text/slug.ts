import { foldForDisplay } from "./normalize";

const MAX_SLUG_LENGTH = 80;

/**
 * A readable URL slug. Latin letters lose their accents; Arabic letters are
 * kept as written, without vowel marks (an Arabic reader reads an Arabic
 * slug), so an Arabic-only title never gives an empty slug.
 */
export function slugify(text: string, fallback = "item"): string {
  const words = foldForDisplay(text).split(" ").filter(Boolean);
  let slug = "";

  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }

  return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? "") || fallback;
}

/** Adds -2, -3, ... until `isTaken` says the slug is free. */
export async function uniqueSlug(
  base: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  let candidate = base;

  for (let n = 2; await isTaken(candidate); n++) {
    candidate = `${base}-${n}`;
  }

  return candidate;
}
