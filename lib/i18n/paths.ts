// Public paths, without the locale prefix (the Link of lib/i18n/navigation
// adds it). Slugs may be Arabic, so they are always encoded.

export function initiativePath(slug: string): string {
  return `/initiatives/${encodeURIComponent(slug)}`;
}

export function organisationPath(slug: string): string {
  return `/organisations/${encodeURIComponent(slug)}`;
}

export function regionPath(code: string): string {
  return `/regions/${code}`;
}

type DirectoryQuery = { region?: string; theme?: string; q?: string; page?: number };

export function directoryHref(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.region) params.set("region", query.region);
  if (query.theme) params.set("theme", query.theme);
  if (query.page && query.page > 1) params.set("page", String(query.page));

  const search = params.toString();

  return search ? `/initiatives?${search}` : "/initiatives";
}

/** Route params arrive percent-encoded for non-ASCII slugs in some paths. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
