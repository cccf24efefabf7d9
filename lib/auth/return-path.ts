/**
 * The path to go back to after signing in, if it is a path on this site.
 * Anything else (another origin, `//host`, a backslash trick, a scheme) gives
 * the fallback, so a crafted link cannot send someone to another site.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;

  try {
    const parsed = new URL(value, "http://site.invalid");
    if (parsed.origin !== "http://site.invalid") return fallback;

    const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;

    // Dot segments can collapse into "//host" ("/a/../..//evil.com"), which a
    // browser would read as another site.
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}
